/**
 * The external mode against a real PostgreSQL server. Debian's PostgreSQL has
 * no TimescaleDB, so this checks the refusal: startup stops with a message that
 * says what is missing and how to fix it, before touching the database.
 * (A run against a real TimescaleDB: TEST_DATABASE_URL=… npm run test:integration.)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DatabaseSetupError } from '../errors.js';
import { startScratchPostgres, type ScratchPostgres } from '../test-support/scratch-postgres.js';
import { migrate } from './migrate.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const PORT = 20_000 + (process.pid % 20_000);

describe('external mode (DATABASE_URL) on a PostgreSQL without TimescaleDB', () => {
  let server: ScratchPostgres | null = null;
  beforeAll(() => {
    server = startScratchPostgres(PORT);
  });
  afterAll(() => server?.stop());

  it('refuses to migrate, naming the missing extension and the fix', async (ctx) => {
    if (!server) ctx.skip();
    const pool = new pg.Pool({ connectionString: server!.url, max: 2 });
    try {
      const failure = migrate(pool);
      await expect(failure).rejects.toBeInstanceOf(DatabaseSetupError);
      await expect(failure).rejects.toThrow(/no TimescaleDB extension.*shared_preload_libraries/s);
      const tables = await pool.query("SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'");
      expect(tables.rows[0].n).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('stops the server at startup with that message and a non-zero exit', (ctx) => {
    if (!server) ctx.skip();
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: server!.url, PORT: '0', IOC_SIMULATOR: 'off' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).toMatch(/no TimescaleDB extension available/);
  });
});
