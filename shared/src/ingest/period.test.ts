import { describe, expect, it } from 'vitest';
import { periodOf, periodStart } from './period.js';

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

describe('periodOf', () => {
  it('names the period containing an instant, in Asia/Ho_Chi_Minh', () => {
    // 23:30 UTC on 31/12/2025 is already 1 January 2026 in Sơn La.
    const at = new Date('2025-12-31T23:30:00Z');
    expect(periodOf('day', at)).toBe('2026-01-01');
    expect(periodOf('month', at)).toBe('2026-01');
    expect(periodOf('quarter', at)).toBe('2026-Q1');
    expect(periodOf('year', at)).toBe('2026');
    // 1/1/2026 is a Thursday: ISO week 1 of 2026; 29/12/2025 is in 2026-W01 too.
    expect(periodOf('week', at)).toBe('2026-W01');
    expect(periodOf('week', new Date('2025-12-29T03:00:00Z'))).toBe('2026-W01');
    expect(periodOf('week', new Date('2026-11-23T03:00:00Z'))).toBe('2026-W48');
    expect(periodOf('realtime', at)).toBe('2025-12-31T23:30:00.000Z');
  });

  it('gives a period that periodStart reads back to a start at or before the instant', () => {
    const at = new Date('2026-11-23T10:00:00+07:00');
    for (const kind of ['day', 'week', 'month', 'quarter', 'year'] as const) {
      const start = periodStart(kind, periodOf(kind, at));
      expect(start).not.toBeNull();
      expect(start!.getTime()).toBeLessThanOrEqual(at.getTime());
    }
  });
});
