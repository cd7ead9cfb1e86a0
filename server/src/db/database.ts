/** Opens the database the configuration names: the embedded TimescaleDB by default, or DATABASE_URL. */
import pg from 'pg';
import type { DatabaseMode } from '@ioc/shared';
import { startEmbeddedDatabase } from './embedded.js';
import type { Logger } from '../logger.js';

export interface Database {
  pool: pg.Pool;
  mode: DatabaseMode;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  dataDir: string;
  /** Loopback port of the embedded database (0: any free one). */
  embeddedPort?: number;
  /** Pool tuning; defaults: external 10 clients kept 10 s, embedded 1 client kept for good. */
  poolMax?: number;
  idleMs?: number;
}

export async function openDatabase(options: DatabaseOptions, logger: Logger): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 10, idleTimeoutMillis: options.idleMs ?? 10_000 });
    pool.on('error', (err) => logger.error({ err }, 'idle database client failed'));
    return { pool, mode: 'external', close: () => pool.end() };
  }
  const started = Date.now();
  const embedded = await startEmbeddedDatabase(`${options.dataDir}/pgdata`, options.embeddedPort ?? 0);
  logger.info({ dataDir: options.dataDir, ms: Date.now() - started }, 'embedded TimescaleDB started');
  // One connection: the embedded server serves one at a time; more would only queue.
  // It is kept for good unless idleMs says otherwise (to share the database with
  // another local process, as the multi-process test does).
  const pool = new pg.Pool({ connectionString: embedded.connectionString, max: 1, idleTimeoutMillis: options.idleMs ?? 0 });
  pool.on('error', (err) => logger.error({ err }, 'embedded database client failed'));
  return {
    pool,
    mode: 'embedded',
    async close() {
      await pool.end();
      await embedded.close();
    },
  };
}

/** Runs `work` in one transaction on one client; rolls back on any error. */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
