/** `npm run db:migrate`: applies the migrations to DATABASE_URL, or to the embedded database in IOC_DATA_DIR. */
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';
import { migrate } from './migrate.js';

const config = loadConfig(process.env);
const logger = createLogger();
const db = await openDatabase(config, logger);
try {
  const result = await migrate(db.pool);
  logger.info({ mode: db.mode, ...result }, result.applied.length ? 'migrations applied' : 'database already up to date');
} finally {
  await db.close();
}
