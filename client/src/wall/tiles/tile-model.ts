/**
 * Pure logic behind a family tile: colour status against the target, the 7-day
 * change, the sparkline's points, the secondary lines. No React, no store.
 */
import {
  INDICATORS,
  localMidnight,
  localParts,
  targetFor,
  type IndicatorDefinition,
  type MetricFamily,
  type MetricValue,
  type SeriesPoint,
} from '@ioc/shared';

export type TileStatus = 'good' | 'warning' | 'critical' | 'no-target' | 'no-data';

/** Below target by more than this many percentage points: red. */
export const CRITICAL_GAP_POINTS = 5;
export const SPARKLINE_DAYS = 60;
export const CHANGE_DAYS = 7;
const DAY_MS = 86_400_000;

export interface StatusResult {
  status: TileStatus;
  /** Percentage points missing to reach the target (positive), or null. */
  gap: number | null;
}

/** Red when below target by more than 5 points, amber when below, green at or above. */
export function tileStatus(value: number | null | undefined, target: number | null, higherIsBetter = true): StatusResult {
  if (value === null || value === undefined) return { status: 'no-data', gap: null };
  if (target === null) return { status: 'no-target', gap: null };
  const gap = higherIsBetter ? target - value : value - target;
  if (gap <= 0) return { status: 'good', gap: 0 };
  return { status: gap > CRITICAL_GAP_POINTS ? 'critical' : 'warning', gap };
}

export function provinceTarget(indicator: IndicatorDefinition): number | null {
  return targetFor(indicator, 'province')?.value ?? null;
}

/** The window of the sparkline: local midnight `days` days ago → now, as ISO instants. */
export function seriesWindow(now: number, days = SPARKLINE_DAYS): { from: string; to: string } {
  const p = localParts(now);
  return { from: localMidnight(p.year, p.month, p.day - days).toISOString(), to: new Date(now).toISOString() };
}

export type SparkPoint = [time: number, value: number | null];

/**
 * The daily `cumulativeValue`s, with today's point replaced (or added) by the live
 * value so the line ends where the big number stands.
 */
export function sparklinePoints(points: readonly SeriesPoint[], live: number | null, now: number): SparkPoint[] {
  const out: SparkPoint[] = points.map((p) => [Date.parse(p.bucket), p.cumulativeValue]);
  if (live === null) return out;
  const p = localParts(now);
  const today = localMidnight(p.year, p.month, p.day).getTime();
  const last = out[out.length - 1];
  if (last && last[0] >= today) last[1] = live;
  else out.push([today, live]);
  return out;
}

/**
 * Change in percentage points over the last 7 days: the current value (live, else
 * the newest point) minus the value at the end of the day 7 days before.
 */
export function sevenDayChange(points: readonly SeriesPoint[], live: number | null, now: number): number | null {
  const line = sparklinePoints(points, live, now).filter((pt): pt is [number, number] => pt[1] !== null);
  const current = line[line.length - 1];
  if (!current) return null;
  const cutoff = current[0] - CHANGE_DAYS * DAY_MS;
  let reference: [number, number] | undefined;
  for (const pt of line) if (pt[0] <= cutoff) reference = pt;
  // Allow a day's slack for a missing bucket, not more.
  if (!reference || cutoff - reference[0] > DAY_MS) return null;
  return current[1] - reference[1];
}

/** Things not yet counted in: hamlets without coverage, money not yet disbursed. */
export function shortfall(value: MetricValue | undefined): number | null {
  if (!value) return null;
  return Math.max(0, value.denominator - value.numerator);
}

/** The other indicators of a family, shown as smaller lines in its tile. */
export function secondaryIndicators(family: MetricFamily, headline: string): IndicatorDefinition[] {
  return INDICATORS.filter((i) => i.family === family && i.code !== headline);
}

