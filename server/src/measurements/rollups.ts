/**
 * Explicit refreshes of the rollups after writes into past days. The refresh
 * policies only look back 3 days, and rows below a continuous aggregate's
 * watermark are invisible until refreshed, so a writer of older data refreshes
 * the days it touched. The window never reaches the current local day: a
 * materialised current bucket would hide the rows written after it.
 */
import type pg from 'pg';
import { localMidnight, localParts } from '@ioc/shared';

const DAY_MS = 86_400_000;

export function startOfLocalDay(t: Date): Date {
  const p = localParts(t);
  return localMidnight(p.year, p.month, p.day);
}

export function startOfLocalMonth(t: Date): Date {
  const p = localParts(t);
  return localMidnight(p.year, p.month, 1);
}

export interface RefreshWindow {
  daily: [Date, Date] | null;
  monthly: [Date, Date] | null;
}

/** Which buckets must be refreshed after rows from `oldest` on were written, at time `now`. */
export function refreshWindowFor(oldest: Date, now: Date): RefreshWindow {
  const today = startOfLocalDay(now);
  const thisMonth = startOfLocalMonth(now);
  const dayFrom = startOfLocalDay(oldest);
  const monthFrom = startOfLocalMonth(oldest);
  return {
    daily: dayFrom < today ? [dayFrom, today] : null,
    monthly: monthFrom < thisMonth ? [monthFrom, thisMonth] : null,
  };
}

export async function refreshRollups(pool: pg.Pool, oldest: Date, now = new Date()): Promise<void> {
  const w = refreshWindowFor(oldest, now);
  // CALL refresh_continuous_aggregate cannot run inside a transaction: plain pool queries autocommit.
  if (w.daily) await pool.query("CALL refresh_continuous_aggregate('measurement_daily', $1::timestamptz, $2::timestamptz)", w.daily);
  if (w.monthly) await pool.query("CALL refresh_continuous_aggregate('measurement_monthly', $1::timestamptz, $2::timestamptz)", w.monthly);
}

export const ROLLUP_POLICY_LOOKBACK_MS = 3 * DAY_MS;
