/**
 * Vietnamese public holidays and working days, for moving report deadlines.
 *
 * Quy định 228/QĐ-UBND (seed 002), Điều 8.1.b: "Trường hợp thời hạn báo cáo định
 * kỳ trùng vào ngày nghỉ hàng tuần hoặc ngày nghỉ lễ theo quy định của pháp luật
 * thì thời hạn nhận báo cáo định kỳ được tính vào ngày làm việc tiếp theo sau ngày
 * nghỉ đó." So we need the holidays "theo quy định của pháp luật": Bộ luật Lao
 * động 2019, Điều 112.1 (the statutory list), Điều 111.3 (a holiday on the weekly
 * rest day is made up on the next working day) and the Government's yearly
 * decisions that swap working days for state bodies (the IOC's reporters are
 * state bodies: Saturday and Sunday are their weekly rest days).
 *
 * Everything here works on calendar days written 'YYYY-MM-DD', the day as seen in
 * Asia/Ho_Chi_Minh; a `Date` is first converted to that day.
 */
import { TZDate } from '@date-fns/tz';
import { format as formatDateFns } from 'date-fns';
import { Lunar } from 'lunar-typescript';
import { TIME_ZONE } from '../format.js';

/** A calendar day 'YYYY-MM-DD' (no time, no zone). */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export const HOLIDAY_KINDS = ['statutory', 'compensatory', 'swapped'] as const;
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

export interface Holiday {
  date: IsoDate;
  /** Vietnamese name as in the Labour Code or the Government's notice. */
  name: string;
  /** statutory: Điều 112.1; compensatory: Điều 111.3; swapped: a working day exchanged for a Saturday. */
  kind: HolidayKind;
}

/** The Government's choices and swaps for one year, from its announced decision. */
export interface OfficialYear {
  /** Tết Âm lịch: how many of the 5 days fall before mùng 1 (the Government picks, Điều 112.1.b). */
  tetDaysBefore: 1 | 2;
  /** Quốc khánh: 2/9 "và 01 ngày liền kề trước hoặc sau" (Điều 112.1.đ). */
  nationalDayAdjacent: 'before' | 'after';
  /** Working days given off in exchange for a Saturday worked. */
  swappedDaysOff: readonly IsoDate[];
  /** Saturdays worked in exchange ("làm bù"): working days despite the weekend. */
  workingSaturdays: readonly IsoDate[];
  source: string;
}

/**
 * The Government's announced arrangements for civil servants (cán bộ, công chức,
 * viên chức). Years not listed use the statutory rule with the defaults of
 * `defaultOfficialYear` and are NOT verified against a decision.
 */
export const OFFICIAL_YEARS: Readonly<Record<number, OfficialYear>> = {
  2025: {
    // Tết Ất Tỵ: off Sat 25/1 – Sun 2/2/2025 (26 tháng Chạp – mùng 5), 9 days. Tháng Chạp
    // Giáp Thìn has 29 days, so the 5 statutory days are 27/1 (28 Chạp), 28/1 (29 Chạp)
    // and 29–31/1 (mùng 1–3): 2 days before, 3 after — the only split that gives 25/1–2/2.
    tetDaysBefore: 2,
    // Quốc khánh: off Sat 30/8 – Tue 2/9/2025, i.e. 1/9 and 2/9.
    nationalDayAdjacent: 'before',
    // 30/4–1/5 (Wed–Thu): Fri 2/5 swapped with Sat 26/4/2025, so 30/4 – 4/5 off.
    swappedDaysOff: ['2025-05-02'],
    workingSaturdays: ['2025-04-26'],
    source: 'Thông báo của Bộ Nội vụ về lịch nghỉ lễ, Tết năm 2025 (Thủ tướng Chính phủ đồng ý)',
  },
  2026: {
    // Tết Bính Ngọ: off Sat 14/2 – Sun 22/2/2026 (27 tháng Chạp – mùng 6); statutory days
    // Mon 16/2 (29 Chạp, the last day of Ất Tỵ) to Fri 20/2 (mùng 4): 1 before, 4 after.
    tetDaysBefore: 1,
    // Quốc khánh: 2/9 and 1/9/2026; Mon 31/8 swapped with Sat 22/8 → off 29/8 – 2/9.
    nationalDayAdjacent: 'before',
    // Tết Dương lịch: Fri 2/1/2026 swapped with Sat 10/1/2026 → off 1/1 – 4/1 (notice of 25/12/2025).
    swappedDaysOff: ['2026-01-02', '2026-08-31'],
    workingSaturdays: ['2026-01-10', '2026-08-22'],
    source:
      'Bộ Nội vụ: lịch nghỉ Tết Âm lịch và Quốc khánh 2026 (Thủ tướng đồng ý, 10/2025); Tết Dương lịch 2026 (Văn phòng Chính phủ, 25/12/2025)',
  },
};

/**
 * For a year without an announced decision: Tết with 1 day before mùng 1 (as in
 * 2026), and the day next to 2/9 that joins it to a weekend (Monday 1/9 when 2/9 is
 * a Tuesday, Friday 3/9 when it is a Thursday), else the day before (as in 2025–2026).
 */
export function defaultOfficialYear(year: number): OfficialYear {
  const nationalDayWeekday = weekday(isoDate(year, 9, 2));
  return {
    tetDaysBefore: 1,
    nationalDayAdjacent: nationalDayWeekday === 4 ? 'after' : 'before',
    swappedDaysOff: [],
    workingSaturdays: [],
    source: 'Bộ luật Lao động 2019, Điều 111–112 (no Government decision recorded for this year)',
  };
}

/** The years whose holidays were checked against the Government's announced schedule. */
export const VERIFIED_YEARS: readonly number[] = Object.keys(OFFICIAL_YEARS).map(Number);

// --- calendar arithmetic on 'YYYY-MM-DD' (UTC dates, so no zone can shift a day) ---

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function parseIso(date: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a date YYYY-MM-DD: ${date}`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (day > daysInMonth(year, month)) throw new RangeError(`no such day: ${date}`);
  return { year, month, day };
}

function toUtc(date: IsoDate): Date {
  const { year, month, day } = parseIso(date);
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtc(d: Date): IsoDate {
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return toUtc(date).getUTCDay();
}

/** The calendar day in Asia/Ho_Chi_Minh of an instant, or a 'YYYY-MM-DD' checked and passed through. */
export function toLocalIsoDate(date: Date | IsoDate): IsoDate {
  if (typeof date === 'string') {
    parseIso(date);
    return date;
  }
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid Date');
  return formatDateFns(new TZDate(date.getTime(), TIME_ZONE), 'yyyy-MM-dd');
}

// --- the lunar calendar ---

/**
 * The solar date of a lunar date (regular, non-leap month). lunar-typescript
 * computes the Chinese calendar (meridian UTC+8); Vietnam's calendar is computed
 * at UTC+7 and differs in rare years (Tết 1985: 21/1 in Vietnam, 20/2 in China).
 * 2025–2027 are checked in the tests against the officially announced dates.
 */
export function lunarToSolar(lunarYear: number, lunarMonth: number, lunarDay: number): IsoDate {
  const solar = Lunar.fromYmd(lunarYear, lunarMonth, lunarDay).getSolar();
  return isoDate(solar.getYear(), solar.getMonth(), solar.getDay());
}

/** Mùng 1 Tết (1st day of the 1st lunar month) of the lunar year starting in `year`. */
export function lunarNewYear(year: number): IsoDate {
  return lunarToSolar(year, 1, 1);
}

/** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
export function hungKingsDay(year: number): IsoDate {
  return lunarToSolar(year, 3, 10);
}

// --- holidays of a year ---

function isWeekend(date: IsoDate): boolean {
  const d = weekday(date);
  return d === 0 || d === 6;
}

function computeHolidays(year: number): Holiday[] {
  const official = OFFICIAL_YEARS[year] ?? defaultOfficialYear(year);
  const statutory: Holiday[] = [];
  const add = (date: IsoDate, name: string) => statutory.push({ date, name, kind: 'statutory' });

  // Điều 112.1.a: "Tết Dương lịch: 01 ngày (ngày 01 tháng 01 dương lịch)".
  add(isoDate(year, 1, 1), 'Tết Dương lịch');
  // Điều 112.1.b: "Tết Âm lịch: 05 ngày" — the Government fixes which days around mùng 1.
  const tet = lunarNewYear(year);
  for (let i = -official.tetDaysBefore; i < 5 - official.tetDaysBefore; i += 1) {
    add(addDays(tet, i), i < 0 ? 'Tết Âm lịch (trước Tết)' : `Tết Âm lịch (mùng ${i + 1})`);
  }
  // Điều 112.1.c–d: "Ngày Chiến thắng: 01 ngày (ngày 30 tháng 4 dương lịch)";
  // "Ngày Quốc tế lao động: 01 ngày (ngày 01 tháng 5 dương lịch)".
  add(isoDate(year, 4, 30), 'Ngày Chiến thắng');
  add(isoDate(year, 5, 1), 'Ngày Quốc tế lao động');
  // Điều 112.1.đ: "Quốc khánh: 02 ngày (ngày 02 tháng 9 dương lịch và 01 ngày liền kề trước hoặc sau)".
  add(isoDate(year, 9, 2), 'Quốc khánh');
  add(isoDate(year, 9, official.nationalDayAdjacent === 'before' ? 1 : 3), 'Quốc khánh (ngày liền kề)');
  // Điều 112.1.e: "Giỗ Tổ Hùng Vương: 01 ngày (ngày 10 tháng 3 âm lịch)".
  add(hungKingsDay(year), 'Giỗ Tổ Hùng Vương');

  statutory.sort((a, b) => a.date.localeCompare(b.date));
  const taken = new Set(statutory.map((h) => h.date));
  for (const d of official.swappedDaysOff) taken.add(d);

  // Điều 111.3: "Nếu ngày nghỉ hằng tuần trùng với ngày nghỉ lễ, tết quy định tại khoản
  // 1 Điều 112 của Bộ luật này thì người lao động được nghỉ bù ngày nghỉ hằng tuần vào
  // ngày làm việc kế tiếp." (e.g. Giỗ Tổ on Sunday 26/4/2026 → Monday 27/4/2026 off.)
  const compensatory: Holiday[] = [];
  for (const h of statutory) {
    if (!isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || taken.has(d)) d = addDays(d, 1);
    taken.add(d);
    compensatory.push({ date: d, name: `Nghỉ bù ${h.name}`, kind: 'compensatory' });
  }

  const swapped: Holiday[] = official.swappedDaysOff.map((date) => ({ date, name: 'Nghỉ hoán đổi (làm bù ngày thứ Bảy)', kind: 'swapped' }));
  return [...statutory, ...compensatory, ...swapped].sort((a, b) => a.date.localeCompare(b.date));
}

const holidayCache = new Map<number, readonly Holiday[]>();

/**
 * The days off of `year` besides ordinary weekends: statutory holidays (including
 * those that fall on a weekend), compensatory days and swapped days, sorted.
 */
export function holidaysOf(year: number): readonly Holiday[] {
  if (!Number.isInteger(year) || year < 1901 || year > 2099) throw new RangeError(`year out of range: ${year}`);
  let list = holidayCache.get(year);
  if (!list) {
    list = Object.freeze(computeHolidays(year));
    holidayCache.set(year, list);
  }
  return list;
}

/** The holiday on this day, if any (a Tết day on a Saturday is still reported). */
export function holidayOn(date: Date | IsoDate): Holiday | undefined {
  const day = toLocalIsoDate(date);
  return holidaysOf(Number(day.slice(0, 4))).find((h) => h.date === day);
}

/** A working day of state bodies in Asia/Ho_Chi_Minh: Monday–Friday, not a day off; or a Saturday worked in exchange. */
export function isWorkingDay(date: Date | IsoDate): boolean {
  const day = toLocalIsoDate(date);
  const year = Number(day.slice(0, 4));
  const official = OFFICIAL_YEARS[year];
  if (official?.workingSaturdays.includes(day)) return true;
  if (isWeekend(day)) return false;
  return !holidaysOf(year).some((h) => h.date === day);
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: Date | IsoDate): IsoDate {
  let d = addDays(toLocalIsoDate(date), 1);
  // Tết (5 days + 2 compensatory + weekends) is the longest run of days off: ~12 days.
  for (let i = 0; i < 31; i += 1, d = addDays(d, 1)) if (isWorkingDay(d)) return d;
  throw new Error(`no working day within a month after ${toLocalIsoDate(date)}`);
}

/** `date` itself if it is a working day, else the next working day (Điều 8.1.b of seed 002). */
export function onOrNextWorkingDay(date: Date | IsoDate): IsoDate {
  const day = toLocalIsoDate(date);
  return isWorkingDay(day) ? day : nextWorkingDay(day);
}
