-- 0002 measurements: every figure the IOC shows, one row per unit, indicator
-- and time. A TimescaleDB hypertable because it is append-mostly time series
-- that the screens read by recent time ranges.
-- numerator/denominator are stored rather than a ratio so that any aggregate
-- is Σ numerator / Σ denominator (never a mean of ratios).
-- Chunks of 7 days: at the simulator's live rate a week is a few hundred
-- thousand rows, small enough for the embedded mode's memory and large enough
-- that the 18 months of history stay under a hundred chunks.

CREATE TABLE measurement (
  ts              timestamptz NOT NULL,
  indicator_code  text NOT NULL REFERENCES indicator (code),
  unit_code       text NOT NULL REFERENCES admin_unit (code),
  -- Denormalised from admin_unit: the commune the unit is in (NULL for the
  -- province's own row), so rollups per commune need no join.
  commune_code    text,
  numerator       double precision NOT NULL CHECK (numerator >= 0),
  denominator     double precision NOT NULL CHECK (denominator >= 0),
  source          text NOT NULL,
  -- Simulated rows are labelled as such everywhere they are shown.
  is_simulated    boolean NOT NULL,
  ingested_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (numerator <= denominator)
);

SELECT create_hypertable('measurement', by_range('ts', INTERVAL '7 days'));

CREATE INDEX measurement_indicator_unit_ts_idx ON measurement (indicator_code, unit_code, ts DESC);
CREATE INDEX measurement_indicator_commune_ts_idx ON measurement (indicator_code, commune_code, ts DESC);
