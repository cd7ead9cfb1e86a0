/**
 * Local time for the simulator, fast. Asia/Ho_Chi_Minh is UTC+7 all year (no
 * daylight saving since 1975), so a fixed offset gives the same answers as the
 * TZDate-based helpers of @ioc/shared (format.ts), at a fraction of the cost.
 *
 * A "day index" is the number of local days since 1970-01-01 (local).
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const SLOT_MS = 30 * 60_000;
export const SLOTS_PER_DAY = 48;
export const LOCAL_OFFSET_MS = 7 * HOUR_MS;

export function dayIndexOfMs(ms: number): number {
  return Math.floor((ms + LOCAL_OFFSET_MS) / DAY_MS);
}

/** UTC instant of local midnight starting the day. */
export function dayStartMs(dayIndex: number): number {
  return dayIndex * DAY_MS - LOCAL_OFFSET_MS;
}

export function dayIndexOf(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Local midnight of the date, as a UTC instant (same as localMidnight of @ioc/shared). */
export function localDate(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(dayStartMs(dayIndexOf(year, month, day)) + hour * HOUR_MS + minute * 60_000);
}

/** End of the local day = midnight of the next day. */
export function endOfLocalDay(year: number, month: number, day: number): Date {
  return new Date(dayStartMs(dayIndexOf(year, month, day) + 1));
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDay(dayIndex: number): number {
  return (((dayIndex + 4) % 7) + 7) % 7;
}

export function civilOfDay(dayIndex: number): { year: number; month: number; day: number } {
  const d = new Date(dayIndex * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Fraction of the local year elapsed at ms (0 at 1/1 00:00, 1 at 31/12 24:00). */
export function yearFraction(ms: number): { year: number; x: number } {
  const day = dayIndexOfMs(ms);
  const { year } = civilOfDay(day);
  const start = dayStartMs(dayIndexOf(year, 1, 1));
  const end = dayStartMs(dayIndexOf(year + 1, 1, 1));
  return { year, x: (ms - start) / (end - start) };
}

/**
 * Public holidays on which the one-stop counters are closed. SIMULATED
 * CALENDAR: the statutory days as we understand them (Quốc khánh 2/9 with one
 * adjacent day, Tết Dương lịch, Tết Nguyên đán, Giỗ Tổ Hùng Vương, 30/4, 1/5,
 * with compensation days when they fall on a weekend); lunar-calendar dates
 * after 2026 are approximate. Weekends are handled separately.
 */
const HOLIDAYS: readonly [number, number, number][] = [
  [2025, 9, 1],
  [2025, 9, 2],
  [2026, 1, 1],
  [2026, 2, 16],
  [2026, 2, 17],
  [2026, 2, 18],
  [2026, 2, 19],
  [2026, 2, 20],
  [2026, 4, 27],
  [2026, 4, 30],
  [2026, 5, 1],
  [2026, 9, 1],
  [2026, 9, 2],
  [2027, 1, 1],
  [2027, 2, 5],
  [2027, 2, 8],
  [2027, 2, 9],
  [2027, 2, 10],
  [2027, 2, 11],
  [2027, 4, 16],
  [2027, 4, 30],
  [2027, 5, 3],
  [2027, 9, 2],
  [2027, 9, 3],
  [2028, 1, 3],
  [2028, 1, 24],
  [2028, 1, 25],
  [2028, 1, 26],
  [2028, 1, 27],
  [2028, 1, 28],
  [2028, 4, 4],
  [2028, 5, 1],
  [2028, 9, 1],
  [2028, 9, 4],
];
const HOLIDAY_DAYS = new Set(HOLIDAYS.map(([y, m, d]) => dayIndexOf(y, m, d)));

/** Monday–Friday and not a public holiday. */
export function isWorkingDay(dayIndex: number): boolean {
  const wd = weekdayOfDay(dayIndex);
  return wd !== 0 && wd !== 6 && !HOLIDAY_DAYS.has(dayIndex);
}

/** Working days in [fromDay, toDay] (both included). */
export function workingDaysBetween(fromDay: number, toDay: number): number[] {
  const out: number[] = [];
  for (let d = fromDay; d <= toDay; d++) if (isWorkingDay(d)) out.push(d);
  return out;
}

/** The last working day on or before the day. */
export function workingDayOnOrBefore(dayIndex: number): number {
  let d = dayIndex;
  while (!isWorkingDay(d)) d--;
  return d;
}

/**
 * A daily rhythm: a rate per half-hour slot, one table for working days and
 * one for weekends and holidays. Values are "working-day equivalents per slot":
 * the profiles are scaled so that an ordinary week (5 working + 2 other days)
 * sums to 5, whatever their shape, so a unit whose volume is V per working day
 * receives 5·V a week through every channel.
 */
export interface DayProfile {
  work: Float64Array;
  off: Float64Array;
}

/** Slot index of a local time "hh:mm" (must be on a half hour). */
function slot(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 2 + (m >= 30 ? 1 : 0);
}

/** Builds a table from [from, to, weight] ranges; unlisted slots are 0. */
function table(ranges: readonly [string, string, number][]): Float64Array {
  const t = new Float64Array(SLOTS_PER_DAY);
  for (const [from, to, w] of ranges) {
    const end = to === '24:00' ? SLOTS_PER_DAY : slot(to);
    for (let s = slot(from); s < end; s++) t[s] = w;
  }
  return t;
}

function normalised(work: Float64Array, off: Float64Array): DayProfile {
  const week = 5 * work.reduce((s, x) => s + x, 0) + 2 * off.reduce((s, x) => s + x, 0);
  const k = week > 0 ? 5 / week : 0;
  return { work: work.map((x) => x * k), off: off.map((x) => x * k) };
}

/** Office hours of the one-stop counters: Mon–Fri 07:30–11:30 and 13:30–17:00; nothing else. */
export const COUNTER_PROFILE: DayProfile = normalised(
  table([
    ['07:30', '11:30', 1],
    ['13:30', '17:00', 1],
  ]),
  table([]),
);

/** Online submissions: mostly office hours, but also lunch, evenings, nights and weekends at lower rates. */
export const ONLINE_PROFILE: DayProfile = normalised(
  table([
    ['00:00', '06:00', 0.08],
    ['06:00', '07:30', 0.4],
    ['07:30', '11:30', 1],
    ['11:30', '13:30', 0.5],
    ['13:30', '17:00', 1],
    ['17:00', '18:00', 0.6],
    ['18:00', '22:00', 0.45],
    ['22:00', '24:00', 0.15],
  ]),
  table([
    ['00:00', '07:00', 0.05],
    ['07:00', '22:00', 0.3],
    ['22:00', '24:00', 0.1],
  ]),
);

/** Dossiers processed and results returned: officials' hours, a little overtime, almost nothing at weekends. */
export const PROCESSING_PROFILE: DayProfile = normalised(
  table([
    ['06:30', '07:30', 0.1],
    ['07:30', '11:30', 1],
    ['11:30', '13:30', 0.05],
    ['13:30', '17:00', 1],
    ['17:00', '19:00', 0.15],
  ]),
  table([['08:00', '11:00', 0.05]]),
);

/** ∫ profile over [fromMs, toMs), in working-day equivalents. */
export function integrateProfile(profile: DayProfile, fromMs: number, toMs: number): number {
  let total = 0;
  let t = fromMs;
  while (t < toMs) {
    const local = t + LOCAL_OFFSET_MS;
    const day = Math.floor(local / DAY_MS);
    const s = Math.floor((local - day * DAY_MS) / SLOT_MS);
    const slotEnd = day * DAY_MS + (s + 1) * SLOT_MS - LOCAL_OFFSET_MS;
    const end = Math.min(slotEnd, toMs);
    const tableOfDay = isWorkingDay(day) ? profile.work : profile.off;
    total += (tableOfDay[s]! * (end - t)) / SLOT_MS;
    t = end;
  }
  return total;
}
