/**
 * Two server processes and a Redis server on loopback: a figure pushed through
 * process A reaches a screen connected to process B (Socket.IO Redis adapter).
 * Both processes share one database: A's embedded TimescaleDB, which B reaches
 * on its loopback port as an external database (both pools release idle
 * connections, since the embedded database serves one at a time).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { io as connect } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, attachMetricsStream, type MetricsUpdate } from '@ioc/shared';
import { startScratchRedis, type ScratchRedis } from '../test-support/redis-server.js';
import { freePort, startIocServer, type IocServerProcess } from '../test-support/server-process.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('several server processes behind Redis', () => {
  let redis: ScratchRedis | null = null;
  let a: IocServerProcess | undefined;
  let b: IocServerProcess | undefined;
  let embeddedUrl = '';

  beforeAll(async () => {
    redis = await startScratchRedis(await freePort());
    if (!redis) {
      if (process.env.CI) throw new Error('redis-server is missing: .ci/run installs it');
      return;
    }
    const embeddedPort = await freePort();
    embeddedUrl = `postgres://postgres@127.0.0.1:${embeddedPort}/postgres?sslmode=disable`;
    const common = { IOC_SIMULATOR: 'off', IOC_REDIS_URL: redis.url, IOC_DB_IDLE_MS: '50' };
    a = await startIocServer({ env: { ...common, IOC_EMBEDDED_PORT: String(embeddedPort) } });
    b = await startIocServer({ env: { ...common, DATABASE_URL: embeddedUrl, IOC_DB_POOL_MAX: '1' } });
  }, 240_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
    await redis?.stop();
  });

  it('delivers a change written through process A to a client of process B', async (ctx) => {
    if (!redis) ctx.skip();
    const health = (await (await fetch(`${b!.url}/api/health`)).json()) as { database: { mode: string } };
    expect(health.database.mode).toBe('external');

    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/ingest/api-keys-cli.ts', 'create', '--agency', 'VPUBND', '--label', 'test'], {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: embeddedUrl, IOC_DB_POOL_MAX: '1', IOC_DB_IDLE_MS: '50' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const key = /ioc_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}/.exec(cli.stdout)?.[0];
    expect(key, cli.stderr).toBeDefined();

    // The screen is a paired wall: a device token made with the CLI against the same database.
    const devices = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/auth/devices-cli.ts', 'create', 'multi-process wall'], {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: embeddedUrl, IOC_DB_POOL_MAX: '1', IOC_DB_IDLE_MS: '50' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const token = /iocdev_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}/.exec(devices.stdout)?.[0];
    expect(token, devices.stderr).toBeDefined();

    const socket = connect(b!.url, { auth: { protocolVersion: PROTOCOL_VERSION }, transports: ['websocket'], forceNew: true, extraHeaders: { cookie: `ioc_device=${token}` } });
    const changes: MetricsUpdate[] = [];
    const stream = attachMetricsStream(socket, { snapshot: () => undefined, change: (c) => changes.push(c) }, ['SOHOA.TIEP_NHAN']);
    const subscribed = new Promise<void>((resolve) => socket.once('metrics:snapshot', () => resolve()));
    socket.on('connect', () => stream.connected());
    await subscribed;

    const res = await fetch(`${a!.url}/api/v1/observations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ observations: [{ indicator: 'SOHOA.TIEP_NHAN', unit: '03670', period: new Date().toISOString(), numerator: 47, denominator: 50 }] }),
    });
    expect(res.status).toBe(201);
    await expect.poll(() => changes.flatMap((c) => c.values).find((v) => v.unit === '03670'), { timeout: 30_000 }).toMatchObject({ numerator: 47, denominator: 50 });
    socket.disconnect();
  });
});
