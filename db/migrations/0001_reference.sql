-- 0001 reference: the units, agencies and indicator catalogue that every
-- measurement points at. Plain tables (not hypertables): they are small, change
-- rarely and are the targets of foreign keys from the measurements.
-- The catalogue's rows are upserted from shared/src/indicators at every start,
-- so the code and the database cannot disagree; codes are never renamed
-- (Quy định 228/QĐ-UBND, Điều 6.2: agencies may not change indicator codes).

CREATE TABLE admin_unit (
  code          text PRIMARY KEY,
  level         text NOT NULL CHECK (level IN ('province', 'commune', 'hamlet')),
  name          text NOT NULL,
  full_name     text NOT NULL,
  name_en       text NOT NULL DEFAULT '',
  unit_type     text NOT NULL,
  parent_code   text REFERENCES admin_unit (code),
  -- The commune a hamlet belongs to (its own code for a commune, NULL for the
  -- province): lets one index serve "everything under commune X".
  commune_code  text,
  area_km2      double precision,
  population    integer,
  centroid_lon  double precision,
  centroid_lat  double precision,
  is_demo       boolean NOT NULL DEFAULT false,
  source        text NOT NULL,
  CHECK ((level = 'province') = (parent_code IS NULL))
);
CREATE INDEX admin_unit_parent_idx ON admin_unit (parent_code);
CREATE INDEX admin_unit_level_idx ON admin_unit (level);

CREATE TABLE agency (
  code     text PRIMARY KEY,
  name_vi  text NOT NULL,
  name_en  text NOT NULL
);

CREATE TABLE indicator (
  code            text PRIMARY KEY,
  name_vi         text NOT NULL,
  name_en         text NOT NULL,
  unit            text NOT NULL,
  numerator_vi    text NOT NULL,
  denominator_vi  text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('flow', 'stock')),
  period          text NOT NULL CHECK (period IN ('realtime', 'day', 'week', 'month', 'quarter', 'year')),
  higher_is_better boolean NOT NULL,
  indicator_group text NOT NULL CHECK (indicator_group IN ('daily_direction', 'annual_plan', 'national_programmes', 'emergencies')),
  family          text NOT NULL,
  reported_at     text[] NOT NULL,
  owner_agency    text NOT NULL REFERENCES agency (code)
);

CREATE TABLE indicator_target (
  indicator_code text NOT NULL REFERENCES indicator (code) ON DELETE CASCADE,
  level          text CHECK (level IN ('province', 'commune', 'hamlet')),
  target_value   double precision NOT NULL,
  due_date       date,
  source         text NOT NULL
);
CREATE UNIQUE INDEX indicator_target_uniq ON indicator_target (indicator_code, coalesce(level, '*'));

-- Per-hamlet connectivity status (4G, fixed broadband): what the operators'
-- plans say, beside the measurements that count covered hamlets.
CREATE TABLE hamlet_connectivity (
  hamlet_code    text NOT NULL REFERENCES admin_unit (code) ON DELETE CASCADE,
  technology     text NOT NULL CHECK (technology IN ('4g', 'fixed')),
  covered_since  timestamptz,
  planned_date   date,
  operator       text,
  is_simulated   boolean NOT NULL,
  PRIMARY KEY (hamlet_code, technology)
);
