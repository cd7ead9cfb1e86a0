-- 0007 change stream: the announced values with their sequence numbers, kept
-- in the database (not in a server's memory) so that a screen that lost its
-- connection — or was connected to another server process — can be replayed
-- exactly the changes it missed.
-- The counter row is locked by the process that announces, for the length of
-- its transaction: sequence numbers are gapless and in commit order across
-- processes, and each change is computed from everything committed before it.

CREATE TABLE metric_stream_counter (
  id        boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq  bigint NOT NULL
);
INSERT INTO metric_stream_counter (id, last_seq) VALUES (true, 0);

-- The last announced value of each indicator and unit (what a snapshot sends).
CREATE TABLE metric_current (
  indicator_code  text NOT NULL REFERENCES indicator (code),
  unit_code       text NOT NULL,
  value           jsonb NOT NULL,
  seq             bigint NOT NULL,
  PRIMARY KEY (indicator_code, unit_code)
);

-- Each change: one indicator, the values that changed, and the previous change
-- of the same indicator, so a client can see a gap. Pruned to a retention
-- window (server/src/live/change-log.ts); older gaps get a fresh snapshot.
CREATE TABLE metric_change (
  seq             bigint PRIMARY KEY,
  prev_seq        bigint NOT NULL,
  indicator_code  text NOT NULL REFERENCES indicator (code),
  committed_at    timestamptz NOT NULL,
  recorded_at     timestamptz NOT NULL DEFAULT now(),
  changed_values  jsonb NOT NULL
);
CREATE INDEX metric_change_indicator_seq_idx ON metric_change (indicator_code, seq);
