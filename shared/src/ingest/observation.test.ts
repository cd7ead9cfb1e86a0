import { describe, expect, it } from 'vitest';
import { checkObservation } from './observation.js';

const now = new Date('2025-12-20T08:00:00Z');
const good = { indicator: 'SOHOA.TIEP_NHAN', unit: '03670', period: '2025-12-20T09:00:00+07:00', numerator: 9, denominator: 10 };

describe('checkObservation', () => {
  it('accepts a well-formed observation and gives its period start', () => {
    const r = checkObservation(good, 0, now);
    expect(r).toMatchObject({ ok: true, value: { indicator: 'SOHOA.TIEP_NHAN', periodStart: new Date('2025-12-20T02:00:00Z') } });
  });

  it('names the row, the field and the reason', () => {
    const cases: [unknown, string, RegExp][] = [
      [{ ...good, indicator: 'DVC.KHONG_CO' }, 'indicator', /not an indicator code/],
      [{ ...good, numerator: 11 }, 'numerator', /must not exceed the denominator/],
      [{ ...good, denominator: -1, numerator: -2 }, 'numerator', /negative/],
      [{ ...good, numerator: '9' }, 'numerator', /number/],
      [{ ...good, period: '2025-12' }, 'period', /reported per realtime/],
      [{ ...good, indicator: 'DVC.TOAN_TRINH', period: '2025-12-20' }, 'period', /YYYY-MM/],
      [{ ...good, period: '2026-03-01T00:00:00+07:00' }, 'period', /future/],
      [{ ...good, period: '2001-01-01T00:00:00+07:00' }, 'period', /before 2015/],
    ];
    for (const [input, field, reason] of cases) {
      const r = checkObservation(input, 7, now);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors).toContainEqual({ row: 7, field, reason: expect.stringMatching(reason) });
    }
  });
});
