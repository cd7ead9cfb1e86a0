import { describe, expect, it } from 'vitest';
import {
  VERIFIED_YEARS,
  holidayOn,
  holidaysOf,
  hungKingsDay,
  isWorkingDay,
  lunarNewYear,
  nextWorkingDay,
  onOrNextWorkingDay,
  toLocalIsoDate,
} from './holidays.js';

describe('lunar dates against the officially announced ones', () => {
  // Tết Nguyên Đán (mùng 1 tháng Giêng) and Giỗ Tổ Hùng Vương (10/3 âm lịch), as announced.
  it.each([
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
  ])('%i: Tết %s, Giỗ Tổ %s', (year, tet, hung) => {
    expect(lunarNewYear(year)).toBe(tet);
    expect(hungKingsDay(year)).toBe(hung);
  });
});

describe('holidays of the verified years', () => {
  it('lists 2025 and 2026 as verified against the Government’s schedule', () => {
    expect(VERIFIED_YEARS).toEqual([2025, 2026]);
  });

  // Days off of state bodies besides ordinary weekends, from the announced schedules.
  it('2025', () => {
    expect(holidaysOf(2025).map((h) => h.date)).toEqual([
      '2025-01-01',
      // Tết Ất Tỵ: off 25/1 – 2/2/2025.
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02', // swapped with Saturday 26/4/2025
      '2025-09-01',
      '2025-09-02',
    ]);
  });

  it('2026', () => {
    expect(holidaysOf(2026).map((h) => [h.date, h.kind])).toEqual([
      ['2026-01-01', 'statutory'],
      ['2026-01-02', 'swapped'], // worked on Saturday 10/1/2026
      ['2026-02-16', 'statutory'],
      ['2026-02-17', 'statutory'],
      ['2026-02-18', 'statutory'],
      ['2026-02-19', 'statutory'],
      ['2026-02-20', 'statutory'],
      ['2026-04-26', 'statutory'], // Giỗ Tổ on a Sunday…
      ['2026-04-27', 'compensatory'], // …made up on Monday
      ['2026-04-30', 'statutory'],
      ['2026-05-01', 'statutory'],
      ['2026-08-31', 'swapped'], // worked on Saturday 22/8/2026
      ['2026-09-01', 'statutory'],
      ['2026-09-02', 'statutory'],
    ]);
  });

  it('2027 by the statutory rule (not yet verified): Tết on a weekend is made up on the next working days', () => {
    expect(holidaysOf(2027).map((h) => [h.date, h.kind])).toEqual([
      ['2027-01-01', 'statutory'],
      ['2027-02-05', 'statutory'], // 29 tháng Chạp Bính Ngọ (the last day)
      ['2027-02-06', 'statutory'], // mùng 1, Saturday
      ['2027-02-07', 'statutory'], // Sunday
      ['2027-02-08', 'statutory'],
      ['2027-02-09', 'statutory'],
      ['2027-02-10', 'compensatory'],
      ['2027-02-11', 'compensatory'],
      ['2027-04-16', 'statutory'],
      ['2027-04-30', 'statutory'],
      ['2027-05-01', 'statutory'], // Saturday…
      ['2027-05-03', 'compensatory'], // …made up on Monday
      ['2027-09-02', 'statutory'], // Thursday: the adjacent day is taken as Friday 3/9
      ['2027-09-03', 'statutory'],
    ]);
  });

  it('names the holiday of a day', () => {
    expect(holidayOn('2026-02-17')?.name).toBe('Tết Âm lịch (mùng 1)');
    expect(holidayOn('2026-04-27')?.name).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(holidayOn('2026-03-02')).toBeUndefined();
  });
});

describe('working days', () => {
  it.each([
    ['2026-01-16', true], // Friday
    ['2026-01-17', false], // Saturday
    ['2026-01-18', false], // Sunday
    ['2026-01-10', true], // Saturday worked in exchange for 2/1/2026
    ['2026-08-22', true], // Saturday worked in exchange for 31/8/2026
    ['2025-04-26', true], // Saturday worked in exchange for 2/5/2025
    ['2026-02-18', false], // mùng 2 Tết
    ['2026-02-23', true], // first day back after Tết Bính Ngọ
    ['2025-09-01', false],
    ['2025-09-03', true],
  ])('%s → %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it('reads a Date as the day in Asia/Ho_Chi_Minh', () => {
    // 17:30 UTC on Sunday 15/2/2026 is 00:30 on Monday 16/2 in Vietnam: the 29th of tháng Chạp.
    const instant = new Date('2026-02-15T17:30:00Z');
    expect(toLocalIsoDate(instant)).toBe('2026-02-16');
    expect(isWorkingDay(instant)).toBe(false);
    expect(nextWorkingDay(instant)).toBe('2026-02-23');
    // 16:59 UTC on Friday 13/2/2026 is still Friday 23:59 in Vietnam.
    expect(isWorkingDay(new Date('2026-02-13T16:59:00Z'))).toBe(true);
  });

  it('nextWorkingDay is strictly after; onOrNextWorkingDay keeps a working day', () => {
    expect(nextWorkingDay('2026-01-16')).toBe('2026-01-19');
    expect(onOrNextWorkingDay('2026-01-16')).toBe('2026-01-16');
    expect(onOrNextWorkingDay('2025-01-25')).toBe('2025-02-03');
    expect(onOrNextWorkingDay('2027-02-06')).toBe('2027-02-12');
  });

  it('refuses a malformed or impossible date', () => {
    expect(() => isWorkingDay('2026-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('18/01/2026')).toThrow(RangeError);
    expect(() => isWorkingDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
