import { describe, expect, it } from 'vitest';
import { parsePeriodKey, periodContaining, periodKey, periodKindOfKey, periodLabelVi, periodStartDay } from './periods.js';

describe('report periods', () => {
  it('writes and reads period keys of every kind', () => {
    for (const key of ['2026-11', '2026-Q4', '2026-H1', '2026-9M', '2026', '2026-dong-xuan', '2026-mua']) {
      const kind = periodKindOfKey(key)!;
      expect(periodKey(parsePeriodKey(kind, key)!)).toBe(key);
    }
    expect(periodKindOfKey('2026-13')).toBeNull();
    expect(parsePeriodKey('quarter', '2026-Q5')).toBeNull();
  });

  it('finds the period a day falls in, in Sơn La time', () => {
    // 23:00 UTC on 30/9/2026 is 1/10 in Sơn La: fourth quarter.
    expect(periodContaining('quarter', new Date('2026-09-30T23:00:00Z'))).toEqual({ kind: 'quarter', year: 2026, quarter: 4 });
    expect(periodContaining('month', '2026-11-23')).toEqual({ kind: 'month', year: 2026, month: 11 });
    expect(periodContaining('season', '2026-03-01')).toEqual({ kind: 'season', year: 2026, season: 'dong-xuan' });
    expect(periodContaining('season', '2026-09-01')).toEqual({ kind: 'season', year: 2026, season: 'mua' });
  });

  it('labels periods in Vietnamese and knows where they start', () => {
    expect(periodLabelVi({ kind: 'quarter', year: 2026, quarter: 4 })).toBe('Quý IV/2026');
    expect(periodLabelVi({ kind: 'season', year: 2026, season: 'dong-xuan' })).toBe('Vụ Đông xuân 2026');
    expect(periodLabelVi({ kind: 'half-year', year: 2026 })).toBe('6 tháng đầu năm 2026');
    expect(periodStartDay({ kind: 'quarter', year: 2026, quarter: 3 })).toBe('2026-07-01');
  });
});
