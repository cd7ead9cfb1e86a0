import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has embedded defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(8080);
    expect(c.databaseUrl).toBeUndefined();
    expect(c.simulator).toEqual({ enabled: true, speed: 1, tickMs: 5000 });
    expect(c.dataDir.endsWith('/data')).toBe(true);
  });
  it('reads the documented variables', () => {
    const c = loadConfig({ PORT: '9000', IOC_SIMULATOR: 'off', IOC_SIMULATOR_SPEED: '60', DATABASE_URL: 'postgres://u@h/db' });
    expect(c.port).toBe(9000);
    expect(c.simulator.enabled).toBe(false);
    expect(c.simulator.speed).toBe(60);
    expect(c.databaseUrl).toBe('postgres://u@h/db');
  });
  it('serves the client build from client/dist unless IOC_CLIENT_DIST names another folder', () => {
    expect(loadConfig({}).clientDist).toBeUndefined();
    expect(loadConfig({ IOC_CLIENT_DIST: '/tmp/frozen-dist' }).clientDist).toBe('/tmp/frozen-dist');
  });
  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ IOC_SIMULATOR: 'maybe' })).toThrow(/IOC_SIMULATOR/);
  });
});
