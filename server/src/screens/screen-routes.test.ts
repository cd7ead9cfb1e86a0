import { describe, expect, it } from 'vitest';
import type { Request } from 'express';
import { isLoopback } from './screen-routes.js';

const from = (remoteAddress: string | undefined, headers: Record<string, string> = {}) => ({ socket: { remoteAddress }, headers }) as unknown as Request;

describe('isLoopback', () => {
  it('accepts only the loopback peer, whatever a forwarded header says', () => {
    expect(isLoopback(from('127.0.0.1'))).toBe(true);
    expect(isLoopback(from('::1'))).toBe(true);
    expect(isLoopback(from('::ffff:127.0.0.1'))).toBe(true);
    expect(isLoopback(from('10.0.0.5', { 'x-forwarded-for': '127.0.0.1' }))).toBe(false);
    expect(isLoopback(from(undefined))).toBe(false);
  });
});
