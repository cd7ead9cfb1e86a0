-- 0004 policies: refresh, compression and retention. In external mode
-- TimescaleDB's scheduler runs them; in the embedded mode (no background
-- workers) the server's own job runner calls run_job() when they are due
-- (server/src/db/policy-runner.ts), so they take effect in both modes.

-- Refresh: the daily rollup every 5 minutes over the last 3 days (late data and
-- corrections of the past days land there); the monthly one hourly over the
-- last 3 months. Older changes are caught by an explicit refresh after imports.
SELECT add_continuous_aggregate_policy('measurement_daily',
  start_offset => INTERVAL '3 days', end_offset => INTERVAL '1 hour',
  schedule_interval => INTERVAL '5 minutes');
SELECT add_continuous_aggregate_policy('measurement_monthly',
  start_offset => INTERVAL '3 months', end_offset => INTERVAL '1 day',
  schedule_interval => INTERVAL '1 hour');

-- Compression after 45 days: by then a month's reports are past their
-- deadlines (Quy định 228, Điều 8: published on the IOC by the 25th) and rows
-- are read only through the rollups. Segmenting by indicator and unit keeps
-- per-unit reads fast; late corrections into compressed chunks still work.
ALTER TABLE measurement SET (
  timescaledb.compress,
  timescaledb.compress_segmentby = 'indicator_code, unit_code',
  timescaledb.compress_orderby = 'ts DESC'
);
SELECT add_compression_policy('measurement', compress_after => INTERVAL '45 days');

-- Retention: raw rows for 5 years (the 2026–2030 plan period of the province's
-- digital-transformation resolution), monthly rollups for 10 years for long
-- comparisons; daily rollups as long as the raw rows.
SELECT add_retention_policy('measurement', drop_after => INTERVAL '5 years');
SELECT add_retention_policy('measurement_daily', drop_after => INTERVAL '5 years');
SELECT add_retention_policy('measurement_monthly', drop_after => INTERVAL '10 years');

-- What the embedded job runner has run, since run_job() leaves no job_stats there.
CREATE TABLE ioc_job_run (
  job_id       integer PRIMARY KEY,
  last_run_at  timestamptz NOT NULL,
  last_status  text NOT NULL,
  last_error   text
);
