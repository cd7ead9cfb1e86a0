/**
 * A real database for integration tests: the embedded TimescaleDB in a fresh
 * temporary directory (or TEST_DATABASE_URL, a scratch external TimescaleDB),
 * migrated and loaded with the reference data.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { loadReferenceData } from '../units/reference-loader.js';

export const silentLogger = createLogger('silent');

export interface TestDatabase extends Database {
  dataDir: string;
  /** Closes the database; `keepFiles` leaves the directory for a reopen. */
  closeTest(options?: { keepFiles?: boolean }): Promise<void>;
}

export async function startTestDatabase(options: { dataDir?: string; reference?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'ioc-it-'));
  const db = await openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, dataDir }, silentLogger);
  await migrate(db.pool);
  if (options.reference !== false) await loadReferenceData(db.pool);
  return {
    ...db,
    dataDir,
    async closeTest({ keepFiles = false } = {}) {
      await db.close();
      if (!keepFiles) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
