import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '@ioc/shared';
import { admitHandshake, originAllowed } from './socket-admission.js';

describe('socket admission', () => {
  it('allows the server\'s own origin, or exactly the configured ones', () => {
    expect(originAllowed('http://ioc.sonla.gov.vn', 'ioc.sonla.gov.vn', [])).toBe(true);
    expect(originAllowed('http://127.0.0.1:8080', '127.0.0.1:8080', [])).toBe(true);
    expect(originAllowed('http://evil.example', '127.0.0.1:8080', [])).toBe(false);
    expect(originAllowed('https://wall.sonla.gov.vn', 'ioc:8080', ['https://wall.sonla.gov.vn'])).toBe(true);
    expect(originAllowed('https://wall.sonla.gov.vn.evil.example', 'ioc:8080', ['https://wall.sonla.gov.vn'])).toBe(false);
    expect(originAllowed(undefined, 'ioc:8080', ['https://wall.sonla.gov.vn'])).toBe(true);
    expect(originAllowed('null', 'ioc:8080', [])).toBe(false);
  });

  it('refuses another protocol version with a reason', () => {
    expect(admitHandshake({ protocolVersion: PROTOCOL_VERSION })).toEqual({ ok: true });
    const refused = admitHandshake({ protocolVersion: 1 });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.reason).toMatch(/^protocol_mismatch: server speaks protocol \d+, client sent 1/);
  });
});
