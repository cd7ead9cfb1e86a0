-- 0003 rollups: daily and monthly continuous aggregates of the measurements,
-- the source of every trend and of the year-to-date headline values.
-- Days and months are cut in Asia/Ho_Chi_Minh, the province's calendar.
-- Both keep sums (for flow indicators: counts in the bucket) and last values
-- (for stock indicators: the state at the end of the bucket).
-- Created WITH NO DATA because materialising cannot run in a transaction; the
-- refresh policies of 0004 fill them.
-- Real-time aggregation is ON (materialized_only = false), deliberately: the
-- wall must show data committed seconds ago, and the measurement table is cut
-- into few chunks (7-day chunks, bounded by retention), so the planning cost
-- that users report with thousands of chunks does not arise here. Measured in
-- docs/benchmarks.md.

CREATE MATERIALIZED VIEW measurement_daily
WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
SELECT
  time_bucket(INTERVAL '1 day', ts, 'Asia/Ho_Chi_Minh') AS bucket,
  indicator_code,
  unit_code,
  commune_code,
  sum(numerator)           AS numerator_sum,
  sum(denominator)         AS denominator_sum,
  last(numerator, ts)      AS numerator_last,
  last(denominator, ts)    AS denominator_last,
  max(ts)                  AS last_ts,
  bool_or(is_simulated)    AS any_simulated,
  count(*)                 AS row_count
FROM measurement
GROUP BY 1, 2, 3, 4
WITH NO DATA;

CREATE MATERIALIZED VIEW measurement_monthly
WITH (timescaledb.continuous, timescaledb.materialized_only = false) AS
SELECT
  time_bucket(INTERVAL '1 month', bucket, 'Asia/Ho_Chi_Minh') AS bucket,
  indicator_code,
  unit_code,
  commune_code,
  sum(numerator_sum)                AS numerator_sum,
  sum(denominator_sum)              AS denominator_sum,
  last(numerator_last, last_ts)     AS numerator_last,
  last(denominator_last, last_ts)   AS denominator_last,
  max(last_ts)                      AS last_ts,
  bool_or(any_simulated)            AS any_simulated,
  sum(row_count)                    AS row_count
FROM measurement_daily
GROUP BY 1, 2, 3, 4
WITH NO DATA;
