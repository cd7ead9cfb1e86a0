-- 0005 simulator progress: how far the simulator has written. Kept in the
-- same transaction as the rows it writes, so a restart resumes exactly where
-- the last committed batch ended — no gap, no duplicate.
CREATE TABLE simulator_state (
  id               boolean PRIMARY KEY DEFAULT true CHECK (id),
  generated_until  timestamptz NOT NULL,
  seed             integer NOT NULL
);
