-- 0009 the reporting regime of Quy định 228/QĐ-UBND (seed 002): the report
-- catalogue (Điều 4 and the annex), filings and their workflow (Điều 7), signed
-- submissions (Điều 10.2) and the signing keys that verify them.

CREATE TABLE report_template (
  code             text PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('periodic', 'thematic', 'ad-hoc')),
  agency_code      text NOT NULL REFERENCES agency (code),
  name_vi          text NOT NULL,
  periods          text[] NOT NULL,
  annex_period     text,
  statistics_item  integer,
  regime           text NOT NULL DEFAULT 'periodic' CHECK (regime IN ('periodic', 'socio-economic')),
  participants     text NOT NULL DEFAULT 'self' CHECK (participants IN ('self', 'communes')),
  fields           jsonb NOT NULL DEFAULT '[]',
  due_date         date,
  is_demo          boolean NOT NULL DEFAULT false,
  source           text NOT NULL,
  created_by       bigint REFERENCES app_user (id),
  created_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE signing_key (
  id              text PRIMARY KEY,             -- first 16 bytes of SHA-256 of the SPKI, hex
  unit_kind       text NOT NULL CHECK (unit_kind IN ('agency', 'commune')),
  unit_code       text NOT NULL,
  algorithm       text NOT NULL CHECK (algorithm IN ('ECDSA-P256', 'Ed25519')),
  public_key_pem  text NOT NULL,
  label           text NOT NULL,
  registered_by   bigint NOT NULL REFERENCES app_user (id),
  registered_at   timestamptz NOT NULL DEFAULT now(),
  revoked_at      timestamptz
);
CREATE INDEX signing_key_unit_idx ON signing_key (unit_kind, unit_code);

-- One filing of a report by one unit for one period. `version` goes up on every
-- change: a write that names an older version is refused (two leaders deciding
-- at once: one wins).
CREATE TABLE report_submission (
  id                 bigserial PRIMARY KEY,
  template_code      text NOT NULL REFERENCES report_template (code),
  unit_kind          text NOT NULL CHECK (unit_kind IN ('agency', 'commune')),
  unit_code          text NOT NULL,
  period_key         text NOT NULL,
  status             text NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
  version            integer NOT NULL DEFAULT 1,
  figures            jsonb NOT NULL DEFAULT '{}',
  narrative          text NOT NULL DEFAULT '',
  created_by         bigint NOT NULL REFERENCES app_user (id),
  created_at         timestamptz NOT NULL,
  updated_at         timestamptz NOT NULL,
  submitted_at       timestamptz,
  submitted_by       bigint REFERENCES app_user (id),
  decided_at         timestamptz,
  decided_by         bigint REFERENCES app_user (id),
  rejection_reason   text,
  signing_key_id     text REFERENCES signing_key (id),
  signature          text,
  signed_content     text,
  signature_verified_at timestamptz,
  ingest_batch_id    bigint,
  is_demo            boolean NOT NULL DEFAULT false,
  UNIQUE (template_code, unit_code, period_key),
  CHECK (status = 'draft' OR status = 'rejected' OR signature IS NOT NULL)
);

-- Every transition: who, when, from what to what, and the reason of a rejection.
CREATE TABLE report_transition (
  id             bigserial PRIMARY KEY,
  submission_id  bigint NOT NULL REFERENCES report_submission (id),
  from_status    text,
  to_status      text NOT NULL,
  version        integer NOT NULL,
  actor_id       bigint NOT NULL REFERENCES app_user (id),
  at             timestamptz NOT NULL,
  reason         text
);
CREATE INDEX report_transition_submission_idx ON report_transition (submission_id, id);

-- Approved figures enter through the ingestion path: a batch is either an API
-- key's or a report's.
ALTER TABLE ingest_batch ALTER COLUMN api_key_id DROP NOT NULL;
ALTER TABLE ingest_batch ADD COLUMN report_submission_id bigint REFERENCES report_submission (id);
ALTER TABLE ingest_batch DROP CONSTRAINT ingest_batch_channel_check;
ALTER TABLE ingest_batch ADD CONSTRAINT ingest_batch_channel_check CHECK (channel IN ('json', 'csv', 'xlsx', 'report'));
ALTER TABLE ingest_batch ADD CONSTRAINT ingest_batch_origin_check CHECK ((api_key_id IS NULL) <> (report_submission_id IS NULL));
