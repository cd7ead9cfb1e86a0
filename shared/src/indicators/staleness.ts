/**
 * When a value counts as stale (the IBM IOC convention: a value with no new data
 * within its indicator's expected period turns grey and says when it was last
 * updated). One threshold per reporting period, as data: the period plus the
 * slack a late but normal report needs (weekends, the Điều 8 deadlines).
 */
import type { IndicatorPeriod } from './catalogue.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const STALE_AFTER_MS = {
  // Sent continuously by the source systems: 15 minutes of silence means a broken feed.
  realtime: 15 * MINUTE,
  // A daily report may arrive the next working day.
  day: 2 * DAY,
  week: 8 * DAY,
  // Monthly reports are published by the 25th of the next month (Quy định 228, Điều 8).
  month: 56 * DAY,
  quarter: 100 * DAY,
  year: 400 * DAY,
} as const satisfies Record<IndicatorPeriod, number>;

/** True when the newest data (`asOf`, ISO or epoch ms) is older than the period allows at `now`. */
export function isStale(period: IndicatorPeriod, asOf: string | number | null | undefined, now: number): boolean {
  if (asOf === null || asOf === undefined) return false;
  const at = typeof asOf === 'number' ? asOf : Date.parse(asOf);
  if (!Number.isFinite(at)) return false;
  return now - at > STALE_AFTER_MS[period];
}
