import { describe, expect, it } from 'vitest';
import { refreshWindowFor, startOfLocalDay } from './rollups.js';

describe('refreshWindowFor', () => {
  const now = new Date('2025-12-20T08:00:00Z'); // 15:00 in Sơn La

  it('refreshes whole local days and months up to, not including, the current ones', () => {
    const w = refreshWindowFor(new Date('2025-11-03T20:00:00Z'), now); // 03:00 on 4/11 local
    expect(w.daily?.map((d) => d.toISOString())).toEqual(['2025-11-03T17:00:00.000Z', '2025-12-19T17:00:00.000Z']);
    expect(w.monthly?.map((d) => d.toISOString())).toEqual(['2025-10-31T17:00:00.000Z', '2025-11-30T17:00:00.000Z']);
  });

  it('refreshes nothing for rows of the current day', () => {
    expect(refreshWindowFor(new Date('2025-12-20T01:00:00Z'), now)).toEqual({ daily: null, monthly: null });
  });

  it('cuts days at midnight Asia/Ho_Chi_Minh', () => {
    expect(startOfLocalDay(new Date('2025-12-19T17:30:00Z')).toISOString()).toBe('2025-12-19T17:00:00.000Z');
  });
});
