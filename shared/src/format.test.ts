import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPercent, formatPointChange, localMidnight, localParts, weekdayVi } from './format.js';

describe('Vietnamese formats', () => {
  it('formats percentages with a decimal comma and a spaced sign', () => {
    expect(formatPercent(68.07)).toBe('68,07\u00a0%');
    expect(formatPercent(30.7749)).toBe('30,77\u00a0%');
    expect(formatPercent(null)).toBe('—');
  });

  it('groups thousands with dots', () => {
    expect(formatNumber(197_548)).toBe('197.548');
    expect(formatNumber(15_125_234)).toBe('15.125.234');
    expect(formatNumber(94.1432, 2)).toBe('94,14');
  });

  it('writes signed point changes', () => {
    expect(formatPointChange(1.254)).toBe('+1,25\u00a0điểm %');
    expect(formatPointChange(-0.4)).toBe('−0,40\u00a0điểm %');
    expect(formatPointChange(0.001)).toBe('±0,00\u00a0điểm %');
  });

  it('shows dates and times in Asia/Ho_Chi_Minh whatever the host zone', () => {
    // 20/12/2025 17:30 UTC is already 21/12/2025 00:30 in Sơn La.
    const instant = new Date('2025-12-20T17:30:00Z');
    expect(formatDate(instant)).toBe('21/12/2025');
    expect(formatDateTime(instant)).toBe('00:30 21/12/2025');
    expect(weekdayVi(instant)).toBe('Chủ nhật');
    expect(localParts(instant)).toMatchObject({ year: 2025, month: 12, day: 21, hour: 0, minute: 30 });
  });

  it('finds local midnight as a UTC instant', () => {
    expect(localMidnight(2025, 7, 1).toISOString()).toBe('2025-06-30T17:00:00.000Z');
  });
});
