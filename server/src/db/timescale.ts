/** Makes sure the database has TimescaleDB 2.13+ before any migration needs it. */
import type pg from 'pg';
import { DatabaseSetupError } from '../errors.js';

export const MIN_TIMESCALEDB = [2, 13] as const;

const HOW_TO_FIX =
  'Install TimescaleDB 2.13 or newer for this PostgreSQL (15–17), set shared_preload_libraries = \'timescaledb\' ' +
  'in postgresql.conf and restart PostgreSQL (see docs/operations.md), or unset DATABASE_URL to use the embedded database.';

export function isSupportedVersion(version: string): boolean {
  const [major = 0, minor = 0] = version.split(/[.-]/).map((p) => Number.parseInt(p, 10));
  return major > MIN_TIMESCALEDB[0] || (major === MIN_TIMESCALEDB[0] && minor >= MIN_TIMESCALEDB[1]);
}

export async function ensureTimescaleDb(client: pg.ClientBase): Promise<string> {
  const available = await client.query<{ default_version: string }>(
    "SELECT default_version FROM pg_available_extensions WHERE name = 'timescaledb'",
  );
  const offered = available.rows[0]?.default_version;
  if (!offered) {
    throw new DatabaseSetupError(`The database has no TimescaleDB extension available. ${HOW_TO_FIX}`);
  }
  try {
    await client.query('CREATE EXTENSION IF NOT EXISTS timescaledb');
  } catch (err) {
    throw new DatabaseSetupError(`TimescaleDB ${offered} is installed but cannot be enabled (${(err as Error).message}). ${HOW_TO_FIX}`);
  }
  const installed = await client.query<{ extversion: string }>("SELECT extversion FROM pg_extension WHERE extname = 'timescaledb'");
  const version = installed.rows[0]?.extversion ?? offered;
  if (!isSupportedVersion(version)) {
    throw new DatabaseSetupError(`TimescaleDB ${version} is too old; 2.13 or newer is needed. ${HOW_TO_FIX}`);
  }
  return version;
}
