-- 0008 accounts, sessions, wall devices and the audit log (Quy định 228/QĐ-UBND,
-- seed 002, Điều 10–11: accounts and permissions per unit).

-- The agencies of the annex of seed 002 (loaded from db/reference/qd228-agencies.csv
-- at every start), with the department that took each over in 2025.
ALTER TABLE agency
  ADD COLUMN annex_row      integer,
  ADD COLUMN parent_code    text REFERENCES agency (code),
  ADD COLUMN successor_code text REFERENCES agency (code);

CREATE TABLE app_user (
  id              bigserial PRIMARY KEY,
  username        text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,63}$'),
  display_name    text NOT NULL,
  password_hash   text NOT NULL,                 -- argon2id (PHC string)
  role            text NOT NULL CHECK (role IN ('specialist', 'leader', 'operator', 'viewer', 'admin')),
  -- The reporting unit of a specialist or leader: an agency or a commune.
  unit_kind       text CHECK (unit_kind IN ('agency', 'commune')),
  unit_code       text,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until    timestamptz,
  disabled_at     timestamptz,
  is_demo         boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK ((unit_kind IS NULL) = (unit_code IS NULL)),
  CHECK (role NOT IN ('specialist', 'leader') OR unit_code IS NOT NULL)
);

-- A person's session: the cookie holds a random id, only its SHA-256 is kept.
CREATE TABLE user_session (
  id_hash       text PRIMARY KEY,
  user_id       bigint NOT NULL REFERENCES app_user (id),
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz NOT NULL,
  ended_at      timestamptz
);
CREATE INDEX user_session_user_idx ON user_session (user_id) WHERE ended_at IS NULL;

-- A wall screen's long-lived credential: never expires, revoked by an operator.
CREATE TABLE device_token (
  id            text PRIMARY KEY,               -- public part, shown in lists
  secret_hash   text NOT NULL,                  -- SHA-256 of the 256-bit secret
  name          text NOT NULL,
  created_by    bigint REFERENCES app_user (id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  last_seen_at  timestamptz,
  revoked_at    timestamptz,
  revoked_by    bigint REFERENCES app_user (id)
);

-- Append-only record of who did what. The application only inserts and reads;
-- the trigger refuses any UPDATE, DELETE or TRUNCATE, except the DELETE of
-- purge_audit_log, which keeps at least three months (the level-3 expectation).
-- In production the application's role is granted INSERT and SELECT only
-- (docs/operations.md).
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  action      text NOT NULL,
  outcome     text NOT NULL CHECK (outcome IN ('success', 'failure')),
  actor_kind  text NOT NULL CHECK (actor_kind IN ('user', 'device', 'api-key', 'system', 'anonymous')),
  actor_id    text,
  actor_name  text,
  target      text,
  details     jsonb NOT NULL DEFAULT '{}',
  ip          text
);
CREATE INDEX audit_log_at_idx ON audit_log (at);
CREATE INDEX audit_log_action_idx ON audit_log (action, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('ioc.audit_purge', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();

CREATE FUNCTION purge_audit_log(keep interval, now_at timestamptz DEFAULT now()) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE
  removed bigint;
BEGIN
  IF keep < interval '3 months' THEN
    RAISE EXCEPTION 'audit retention must be at least 3 months, got %', keep USING ERRCODE = 'check_violation';
  END IF;
  PERFORM set_config('ioc.audit_purge', 'on', true);
  DELETE FROM audit_log WHERE at < now_at - keep;
  GET DIAGNOSTICS removed = ROW_COUNT;
  PERFORM set_config('ioc.audit_purge', 'off', true);
  RETURN removed;
END;
$$;
