/** Opens, migrates and loads the database for a command-line tool; in the embedded mode the server must be stopped. */
import type pg from 'pg';
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';
import { createLogger } from '../logger.js';
import { loadReferenceData } from '../units/reference-loader.js';

export async function withCliDatabase(work: (pool: pg.Pool) => Promise<void>): Promise<void> {
  const db = await openDatabase(loadConfig(process.env), createLogger('warn'));
  try {
    await migrate(db.pool);
    await loadReferenceData(db.pool);
    await work(db.pool);
  } finally {
    await db.close();
  }
}
