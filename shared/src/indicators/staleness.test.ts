import { describe, expect, it } from 'vitest';
import { STALE_AFTER_MS, isStale } from './staleness.js';

const NOW = Date.parse('2026-11-23T10:00:00Z');

describe('isStale', () => {
  it('is table-driven by period', () => {
    expect(isStale('realtime', NOW - 14 * 60_000, NOW)).toBe(false);
    expect(isStale('realtime', NOW - 16 * 60_000, NOW)).toBe(true);
    expect(isStale('week', new Date(NOW - 7 * 86_400_000).toISOString(), NOW)).toBe(false);
    expect(isStale('week', new Date(NOW - 9 * 86_400_000).toISOString(), NOW)).toBe(true);
  });

  it('is never stale without a time, and longer periods allow more', () => {
    expect(isStale('day', null, NOW)).toBe(false);
    expect(isStale('day', 'not a date', NOW)).toBe(false);
    const order = ['realtime', 'day', 'week', 'month', 'quarter', 'year'] as const;
    for (let i = 1; i < order.length; i++) expect(STALE_AFTER_MS[order[i]!]).toBeGreaterThan(STALE_AFTER_MS[order[i - 1]!]);
  });
});
