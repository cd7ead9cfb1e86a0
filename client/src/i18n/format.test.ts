import { describe, expect, it } from 'vitest';
import { formatterFor } from './format.js';

describe('formatterFor', () => {
  const at = '2025-12-20T03:05:00Z'; // 10:05 in Hanoi
  it('writes Vietnamese formats in vi', () => {
    const f = formatterFor('vi');
    expect(f.percent(68.07)).toBe('68,07\u00a0%');
    expect(f.number(197548)).toBe('197.548');
    expect(f.date(at)).toBe('20/12/2025');
    expect(f.shortDate(at)).toBe('20/12');
    expect(f.dateTime(at)).toBe('10:05 20/12/2025');
    expect(f.pointChange(1.254)).toBe('+1,25\u00a0điểm %');
    expect(f.points(29.414)).toBe('29,41\u00a0điểm %');
  });
  it('writes English formats in en', () => {
    const f = formatterFor('en');
    expect(f.percent(68.07)).toBe('68.07%');
    expect(f.number(197548)).toBe('197,548');
    expect(f.date(at)).toBe('20 Dec 2025');
    expect(f.shortDate(at)).toBe('20 Dec');
    expect(f.dateTime(at)).toBe('10:05, 20 Dec 2025');
    expect(f.pointChange(-0.4)).toBe('−0.40\u00a0pts');
    expect(f.points(29.414)).toBe('29.41\u00a0pts');
    expect(f.percent(null)).toBe('—');
  });
});
