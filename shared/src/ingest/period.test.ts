import { describe, expect, it } from 'vitest';
import { periodStart } from './period.js';

describe('periodStart', () => {
  it('starts each kind of period at local midnight in Sơn La', () => {
    expect(periodStart('day', '2025-12-20')?.toISOString()).toBe('2025-12-19T17:00:00.000Z');
    expect(periodStart('month', '2025-12')?.toISOString()).toBe('2025-11-30T17:00:00.000Z');
    expect(periodStart('quarter', '2025-Q3')?.toISOString()).toBe('2025-06-30T17:00:00.000Z');
    expect(periodStart('year', '2026')?.toISOString()).toBe('2025-12-31T17:00:00.000Z');
    // ISO week 51 of 2025 begins on Monday 15/12/2025.
    expect(periodStart('week', '2025-W51')?.toISOString()).toBe('2025-12-14T17:00:00.000Z');
    expect(periodStart('week', '2026-W01')?.toISOString()).toBe('2025-12-28T17:00:00.000Z');
    expect(periodStart('realtime', '2025-12-20T09:30:00+07:00')?.toISOString()).toBe('2025-12-20T02:30:00.000Z');
  });

  it('refuses periods of the wrong kind or impossible dates', () => {
    expect(periodStart('month', '2025-12-20')).toBeNull();
    expect(periodStart('day', '2025-02-30')).toBeNull();
    expect(periodStart('day', '2025-13-01')).toBeNull();
    expect(periodStart('quarter', '2025-Q5')).toBeNull();
    expect(periodStart('realtime', '2025-12-20 09:30')).toBeNull();
    expect(periodStart('realtime', '2025-12-20T09:30:00')).toBeNull();
  });
});
