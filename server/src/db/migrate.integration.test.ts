import { mkdtempSync, readFileSync, writeFileSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, silentLogger, type TestDatabase } from '../test-support/test-database.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';
import { runDuePolicyJobs } from './policy-runner.js';

describe('migrations on the embedded TimescaleDB', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await startTestDatabase();
  });
  afterAll(() => db?.closeTest());

  it('records every migration once and re-running applies nothing', async () => {
    const recorded = await db.pool.query<{ name: string }>('SELECT name FROM schema_migration ORDER BY version');
    expect(recorded.rows.map((r) => r.name)).toEqual(readMigrations().map((m) => m.name));
    const again = await migrate(db.pool);
    expect(again.applied).toEqual([]);
    expect(again.timescaledbVersion).toMatch(/^2\./);
  });

  it('creates the hypertable, the two continuous aggregates and their policies', async () => {
    const hyper = await db.pool.query("SELECT hypertable_name FROM timescaledb_information.hypertables WHERE hypertable_name = 'measurement'");
    expect(hyper.rowCount).toBe(1);
    const caggs = await db.pool.query<{ view_name: string; materialized_only: boolean }>(
      'SELECT view_name, materialized_only FROM timescaledb_information.continuous_aggregates ORDER BY view_name',
    );
    expect(caggs.rows).toEqual([
      { view_name: 'measurement_daily', materialized_only: false },
      { view_name: 'measurement_monthly', materialized_only: false },
    ]);
    const jobs = await db.pool.query<{ proc_name: string }>('SELECT proc_name FROM timescaledb_information.jobs WHERE job_id >= 1000 ORDER BY job_id');
    expect(jobs.rows.map((j) => j.proc_name).sort()).toEqual(
      ['policy_compression', 'policy_refresh_continuous_aggregate', 'policy_refresh_continuous_aggregate', 'policy_retention', 'policy_retention', 'policy_retention'].sort(),
    );
  });

  it('runs the due policy jobs itself in the embedded mode, then waits for their interval', async () => {
    const now = new Date();
    expect(await runDuePolicyJobs(db.pool, now, silentLogger)).toBe(6);
    const runs = await db.pool.query<{ last_status: string }>('SELECT last_status FROM ioc_job_run');
    expect(runs.rows.map((r) => r.last_status)).toEqual(Array(6).fill('success'));
    expect(await runDuePolicyJobs(db.pool, new Date(now.getTime() + 60_000), silentLogger)).toBe(0);
    // Five minutes later the daily refresh is due again, and only it.
    expect(await runDuePolicyJobs(db.pool, new Date(now.getTime() + 5 * 60_000), silentLogger)).toBe(1);
  });

  it('refuses a migration that was edited after it ran', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ioc-migrations-'));
    for (const f of readdirSync(MIGRATIONS_DIR)) copyFileSync(path.join(MIGRATIONS_DIR, f), path.join(dir, f));
    const first = path.join(dir, readMigrations()[0]!.name);
    writeFileSync(first, readFileSync(first, 'utf8') + '\n-- edited\n');
    await expect(migrate(db.pool, dir)).rejects.toThrow(/was changed after it ran/);
  });
});
