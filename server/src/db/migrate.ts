/**
 * Applies the numbered SQL files of db/migrations in order, each in its own
 * transaction, and records what ran (with a checksum, so an edited migration
 * that already ran is refused instead of silently diverging).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { DatabaseSetupError } from '../errors.js';
import { ensureTimescaleDb } from './timescale.js';
import { withTransaction } from './database.js';

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../db/migrations');

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((file) => {
      const sql = readFileSync(path.join(dir, file), 'utf8');
      return {
        version: Number.parseInt(file.slice(0, 4), 10),
        name: file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    });
}

export interface MigrationResult {
  timescaledbVersion: string;
  applied: string[];
}

export async function migrate(pool: pg.Pool, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const client = await pool.connect();
  let timescaledbVersion: string;
  try {
    timescaledbVersion = await ensureTimescaleDb(client);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  } finally {
    client.release();
  }
  const done = await pool.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migration');
  const applied = new Map(done.rows.map((r) => [r.version, r]));
  const result: string[] = [];
  for (const m of readMigrations(dir)) {
    const previous = applied.get(m.version);
    if (previous) {
      if (previous.checksum !== m.checksum) {
        throw new DatabaseSetupError(`Migration ${m.name} was changed after it ran (as ${previous.name}); add a new migration instead.`);
      }
      continue;
    }
    await withTransaction(pool, async (tx) => {
      await tx.query(m.sql);
      await tx.query('INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
    });
    result.push(m.name);
  }
  return { timescaledbVersion, applied: result };
}
