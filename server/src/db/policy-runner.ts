/**
 * The embedded database has no background workers, so TimescaleDB's scheduler
 * never runs its policy jobs there. This runner does its work: every check it
 * runs each policy job whose schedule interval has passed, with CALL run_job(),
 * and records the run in ioc_job_run (run_job leaves no job_stats there).
 * In external mode TimescaleDB's own scheduler runs the jobs; this is not started.
 */
import type pg from 'pg';
import type { Logger } from '../logger.js';

interface DueJob {
  job_id: number;
  proc_name: string;
}

const DUE_JOBS_SQL = `
SELECT j.job_id, j.proc_name
FROM timescaledb_information.jobs j
LEFT JOIN ioc_job_run r ON r.job_id = j.job_id
WHERE j.job_id >= 1000 AND j.scheduled
  AND (r.last_run_at IS NULL OR r.last_run_at + j.schedule_interval <= $1)
ORDER BY j.job_id`;

export async function runDuePolicyJobs(pool: pg.Pool, now: Date, logger: Logger): Promise<number> {
  const due = await pool.query<DueJob>(DUE_JOBS_SQL, [now]);
  for (const job of due.rows) {
    const started = Date.now();
    let status = 'success';
    let error: string | null = null;
    try {
      await pool.query('CALL run_job($1)', [job.job_id]);
    } catch (err) {
      status = 'failed';
      error = (err as Error).message;
      logger.warn({ job: job.job_id, proc: job.proc_name, err }, 'policy job failed');
    }
    await pool.query(
      `INSERT INTO ioc_job_run (job_id, last_run_at, last_status, last_error) VALUES ($1, $2, $3, $4)
       ON CONFLICT (job_id) DO UPDATE SET last_run_at = EXCLUDED.last_run_at, last_status = EXCLUDED.last_status, last_error = EXCLUDED.last_error`,
      [job.job_id, now, status, error],
    );
    logger.debug({ job: job.job_id, proc: job.proc_name, ms: Date.now() - started, status }, 'policy job ran');
  }
  return due.rows.length;
}

export function startPolicyRunner(pool: pg.Pool, intervalMs: number, clock: () => Date, logger: Logger): () => Promise<void> {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = () => {
    if (stopped) return;
    current = runDuePolicyJobs(pool, clock(), logger).catch((err: unknown) => logger.error({ err }, 'policy runner failed'));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await current;
  };
}
