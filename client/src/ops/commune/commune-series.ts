/**
 * The history behind a commune's page: for each indicator, the series of the
 * commune, of the province (unit 14) and of the compared commune, fetched
 * together. The caller passes an AbortSignal and aborts it when a new query
 * starts (another range, commune or comparison), so stale answers never land.
 */
import { PROVINCE_CODE, type IndicatorDefinition, type SeriesPoint, type SeriesResponse } from '@ioc/shared';
import { getJson } from '../../lib/http.js';
import type { ResolvedRange } from '../time-range.js';

export interface ChartPoint {
  /** Start of the bucket, ms. */
  at: number;
  value: number | null;
}

export interface UnitSeries {
  unit: string;
  points: SeriesPoint[];
  simulated: boolean;
}

export type IndicatorSeries = Record<string, UnitSeries>;

export function seriesPath(indicator: string, unit: string, range: Pick<ResolvedRange, 'from' | 'to' | 'bucket'>): string {
  const q = new URLSearchParams({ indicator, unit, from: range.from, to: range.to, bucket: range.bucket });
  return `/api/series?${q.toString()}`;
}

/** What a chart draws: the year-to-date figure for a flow (what targets are set on), the state for a stock. */
export function chartPoints(indicator: Pick<IndicatorDefinition, 'kind'>, points: readonly SeriesPoint[]): ChartPoint[] {
  return points.map((p) => ({ at: Date.parse(p.bucket), value: indicator.kind === 'flow' ? p.cumulativeValue : p.value }));
}

/** Σ numerator and Σ denominator of a flow's buckets: the counts within the range. */
export function countsInRange(points: readonly SeriesPoint[]): { numerator: number; denominator: number } {
  let numerator = 0;
  let denominator = 0;
  for (const p of points) {
    numerator += p.numerator;
    denominator += p.denominator;
  }
  return { numerator, denominator };
}

export async function loadCommuneSeries(
  indicators: readonly IndicatorDefinition[],
  units: readonly string[],
  range: ResolvedRange,
  signal: AbortSignal,
): Promise<Record<string, IndicatorSeries>> {
  const all = [...new Set([...units, PROVINCE_CODE])];
  const jobs = indicators.flatMap((i) =>
    all.map(async (unit) => {
      const r = await getJson<SeriesResponse>(seriesPath(i.code, unit, range), signal);
      return { indicator: i.code, unit, series: { unit, points: r.points, simulated: r.simulated } };
    }),
  );
  const out: Record<string, IndicatorSeries> = {};
  for (const { indicator, unit, series } of await Promise.all(jobs)) (out[indicator] ??= {})[unit] = series;
  return out;
}
