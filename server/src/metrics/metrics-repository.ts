/**
 * Reads of current values and series. All SQL about measurements' meaning
 * lives here: flows are summed over the reporting year (Σ numerator / Σ
 * denominator), stocks take each unit's latest state and sum those.
 * Values of the province include every row (its own agencies' rows, all
 * communes and hamlets); a commune's include its own and its hamlets' rows.
 */
import type pg from 'pg';
import {
  PROVINCE_CODE,
  aggregateRatio,
  asUnitCode,
  getIndicator,
  localMidnight,
  localParts,
  type IndicatorCode,
  type MetricValue,
  type SeriesBucket,
  type SeriesPoint,
  type UnitCode,
} from '@ioc/shared';

/** A pool or one client of it (inside a transaction). */
export type Queryable = Pick<pg.Pool, 'query'> | Pick<pg.ClientBase, 'query'>;

interface AggregateRow {
  indicator_code: IndicatorCode;
  commune_code: string | null;
  is_total: number;
  numerator: number;
  denominator: number;
  last_ts: Date;
  simulated: boolean;
}

/** Start of the reporting year of `t` (1 January, Asia/Ho_Chi_Minh). */
export function reportingYearStart(t: Date): Date {
  return localMidnight(localParts(t).year, 1, 1);
}

const FLOW_VALUES_SQL = `
SELECT indicator_code, commune_code, grouping(commune_code) AS is_total,
       sum(numerator_sum) AS numerator, sum(denominator_sum) AS denominator,
       max(last_ts) AS last_ts, bool_or(any_simulated) AS simulated
FROM measurement_daily
WHERE indicator_code = ANY($1::text[]) AND bucket >= $2
GROUP BY GROUPING SETS ((indicator_code, commune_code), (indicator_code))`;

const STOCK_VALUES_SQL = `
WITH latest AS (
  SELECT DISTINCT ON (indicator_code, unit_code) indicator_code, unit_code, commune_code,
         numerator_last, denominator_last, last_ts, any_simulated
  FROM measurement_daily
  WHERE indicator_code = ANY($1::text[])
  ORDER BY indicator_code, unit_code, bucket DESC
)
SELECT indicator_code, commune_code, grouping(commune_code) AS is_total,
       sum(numerator_last) AS numerator, sum(denominator_last) AS denominator,
       max(last_ts) AS last_ts, bool_or(any_simulated) AS simulated
FROM latest
GROUP BY GROUPING SETS ((indicator_code, commune_code), (indicator_code))`;

export class MetricsRepository {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Current value of each indicator for the province and each commune that has data.
   * `db` lets a caller read inside its own transaction (the change log does).
   */
  async currentValues(indicators: readonly IndicatorCode[], now: Date, db: Queryable = this.pool): Promise<MetricValue[]> {
    const flows = indicators.filter((c) => getIndicator(c).kind === 'flow');
    const stocks = indicators.filter((c) => getIndicator(c).kind === 'stock');
    const yearStart = reportingYearStart(now);
    const [flowRows, stockRows] = await Promise.all([
      flows.length ? db.query<AggregateRow>(FLOW_VALUES_SQL, [flows, yearStart]) : null,
      stocks.length ? db.query<AggregateRow>(STOCK_VALUES_SQL, [stocks]) : null,
    ]);
    return [...toValues(flowRows?.rows ?? [], yearStart), ...toValues(stockRows?.rows ?? [], null)];
  }

  /** One indicator for one unit, bucketed, gap-filled from `from` to `to`. */
  async series(indicator: IndicatorCode, unit: UnitCode, bucket: SeriesBucket, from: Date, to: Date): Promise<{ points: SeriesPoint[]; simulated: boolean }> {
    const def = getIndicator(indicator);
    // The province takes every row; a commune its own and its hamlets' rows; a hamlet its own.
    const scope = `($2::text = '${PROVINCE_CODE}' OR commune_code = $2::text OR unit_code = $2::text)`;
    const source = bucket === 'hour' ? hourlySource() : bucket === 'day' ? 'measurement_daily' : 'measurement_monthly';
    const bucketStarts = bucketsBetween(bucket, from, to);
    if (def.kind === 'flow') {
      // From the start of the first reporting year so the cumulative figure is right at `from`.
      const since = reportingYearStart(from);
      const rows = await this.pool.query<{ bucket: Date; numerator: number; denominator: number; simulated: boolean }>(
        `SELECT bucket, sum(numerator_sum) AS numerator, sum(denominator_sum) AS denominator, bool_or(any_simulated) AS simulated
         FROM ${source} WHERE indicator_code = $1 AND ${scope} AND bucket >= $3 AND bucket < $4
         GROUP BY bucket ORDER BY bucket`,
        [indicator, unit, since, to],
      );
      return { points: flowPoints(rows.rows, bucketStarts, since), simulated: rows.rows.some((r) => r.simulated) };
    }
    // Stocks: each unit's change per bucket, summed over units, accumulated over time.
    const rows = await this.pool.query<{ bucket: Date; numerator: number; denominator: number; simulated: boolean }>(
      `WITH per_unit AS (
         SELECT bucket, any_simulated,
                numerator_last - coalesce(lag(numerator_last) OVER w, 0) AS dn,
                denominator_last - coalesce(lag(denominator_last) OVER w, 0) AS dd
         FROM ${source} WHERE indicator_code = $1 AND ${scope} AND bucket < $3
         WINDOW w AS (PARTITION BY unit_code ORDER BY bucket)
       ), per_bucket AS (
         SELECT bucket, sum(dn) AS dn, sum(dd) AS dd, bool_or(any_simulated) AS simulated FROM per_unit GROUP BY bucket
       )
       SELECT bucket, sum(dn) OVER (ORDER BY bucket) AS numerator, sum(dd) OVER (ORDER BY bucket) AS denominator, simulated
       FROM per_bucket ORDER BY bucket`,
      [indicator, unit, to],
    );
    return { points: stockPoints(rows.rows, bucketStarts), simulated: rows.rows.some((r) => r.simulated) };
  }
}

function hourlySource(): string {
  return `(SELECT time_bucket(INTERVAL '1 hour', ts) AS bucket, indicator_code, unit_code, commune_code,
            numerator AS numerator_sum, denominator AS denominator_sum, numerator AS numerator_last,
            denominator AS denominator_last, is_simulated AS any_simulated, ts FROM measurement) AS hourly`;
}

function toValues(rows: AggregateRow[], windowStart: Date | null): MetricValue[] {
  const values: MetricValue[] = [];
  for (const r of rows) {
    const isTotal = Number(r.is_total) === 1;
    // The province's own rows (commune_code NULL) are part of the total, not a commune.
    if (!isTotal && r.commune_code === null) continue;
    const ratio = aggregateRatio([{ numerator: Number(r.numerator), denominator: Number(r.denominator) }]);
    values.push({
      indicator: r.indicator_code,
      unit: isTotal ? PROVINCE_CODE : asUnitCode(r.commune_code!),
      level: isTotal ? 'province' : 'commune',
      numerator: ratio.numerator,
      denominator: ratio.denominator,
      value: ratio.value,
      asOf: new Date(r.last_ts).toISOString(),
      windowStart: windowStart?.toISOString() ?? null,
      simulated: r.simulated,
    });
  }
  return values;
}

/** Bucket starts in [from, to): local days and months, UTC hours (Vietnam has no daylight saving). */
export function bucketsBetween(bucket: SeriesBucket, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  if (bucket === 'hour') {
    for (let t = Math.floor(from.getTime() / 3_600_000) * 3_600_000; t < to.getTime(); t += 3_600_000) out.push(new Date(t));
    return out;
  }
  const p = localParts(from);
  let y = p.year;
  let m = p.month;
  let d = bucket === 'day' ? p.day : 1;
  for (;;) {
    const start = localMidnight(y, m, d);
    if (start >= to) return out;
    out.push(start);
    if (bucket === 'day') {
      const next = localParts(new Date(start.getTime() + 36 * 3_600_000));
      [y, m, d] = [next.year, next.month, next.day];
    } else {
      m += 1;
      if (m > 12) [y, m] = [y + 1, 1];
    }
  }
}

function flowPoints(rows: { bucket: Date; numerator: number; denominator: number }[], starts: Date[], since: Date): SeriesPoint[] {
  const byBucket = new Map(rows.map((r) => [new Date(r.bucket).getTime(), r]));
  let cumN = 0;
  let cumD = 0;
  let year = localParts(since).year;
  // Counts before the first requested bucket feed the cumulative value only.
  for (const r of rows) {
    if (new Date(r.bucket) >= (starts[0] ?? since)) break;
    cumN += Number(r.numerator);
    cumD += Number(r.denominator);
  }
  return starts.map((start) => {
    const y = localParts(start).year;
    if (y !== year) [cumN, cumD, year] = [0, 0, y];
    const r = byBucket.get(start.getTime());
    const n = Number(r?.numerator ?? 0);
    const d = Number(r?.denominator ?? 0);
    cumN += n;
    cumD += d;
    return {
      bucket: start.toISOString(),
      numerator: n,
      denominator: d,
      value: aggregateRatio([{ numerator: n, denominator: d }]).value,
      cumulativeValue: aggregateRatio([{ numerator: cumN, denominator: cumD }]).value,
    };
  });
}

function stockPoints(rows: { bucket: Date; numerator: number; denominator: number }[], starts: Date[]): SeriesPoint[] {
  let i = 0;
  let state: { numerator: number; denominator: number } | null = null;
  return starts.map((start, k) => {
    const end = starts[k + 1]?.getTime() ?? Number.POSITIVE_INFINITY;
    // The state at the end of the bucket: the last cumulative row before its end.
    while (i < rows.length && new Date(rows[i]!.bucket).getTime() < end) {
      state = { numerator: Number(rows[i]!.numerator), denominator: Number(rows[i]!.denominator) };
      i += 1;
    }
    const value = state ? aggregateRatio([state]).value : null;
    return { bucket: start.toISOString(), numerator: state?.numerator ?? 0, denominator: state?.denominator ?? 0, value, cumulativeValue: value };
  });
}
