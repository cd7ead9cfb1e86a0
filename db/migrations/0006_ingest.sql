-- 0006 ingestion: machine credentials of agencies, the record of every
-- accepted batch (Quy định 228/QĐ-UBND, Điều 8: the system records the time of
-- every submission), and the natural keys of ingested observations, which make
-- a resubmission idempotent and a changed value a correction, not a duplicate.

CREATE TABLE api_key (
  id            text PRIMARY KEY,          -- public part of the key, shown in lists and logs
  secret_hash   text NOT NULL,             -- SHA-256 of the secret part; the secret is never stored
  agency_code   text NOT NULL REFERENCES agency (code),
  label         text NOT NULL,
  -- Scope: NULL means every indicator the agency owns / every unit.
  indicators    text[],
  units         text[],
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz
);

CREATE TABLE ingest_batch (
  id               bigserial PRIMARY KEY,
  api_key_id       text NOT NULL REFERENCES api_key (id),
  idempotency_key  text,
  content_hash     text NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('json', 'csv', 'xlsx')),
  received_at      timestamptz NOT NULL DEFAULT now(),
  row_count        integer NOT NULL,
  inserted         integer NOT NULL,
  corrected        integer NOT NULL,
  unchanged        integer NOT NULL,
  response         jsonb NOT NULL
);
CREATE UNIQUE INDEX ingest_batch_idempotency_idx ON ingest_batch (api_key_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

-- The current value of each natural key (indicator + unit + period + source).
-- A plain table beside the hypertable: a correction deletes the measurement
-- row it replaces (same ts, unit, indicator, source) and inserts the new one.
CREATE TABLE observation_key (
  indicator_code  text NOT NULL REFERENCES indicator (code),
  unit_code       text NOT NULL REFERENCES admin_unit (code),
  period          text NOT NULL,
  source          text NOT NULL,
  ts              timestamptz NOT NULL,
  numerator       double precision NOT NULL,
  denominator     double precision NOT NULL,
  batch_id        bigint NOT NULL REFERENCES ingest_batch (id),
  PRIMARY KEY (indicator_code, unit_code, period, source)
);
