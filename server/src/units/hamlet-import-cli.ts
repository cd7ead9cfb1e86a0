/**
 * `npm run import:hamlets -- FILE.csv`: replaces the demo hamlet registry with a real one.
 * In the embedded mode stop the server first: its database serves one process at a time.
 */
import { readFileSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { HamletImportError, importHamlets, parseHamletCsv } from './hamlet-import.js';
import { loadReferenceData, readCommunes } from './reference-loader.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run import:hamlets -- FILE.csv   (columns: commune_code,hamlet_code,hamlet_name[,hamlet_type])');
  process.exit(2);
}
const logger = createLogger();
try {
  const hamlets = parseHamletCsv(readFileSync(file, 'utf8'), new Set(readCommunes().map((c) => c.code)));
  const db = await openDatabase(loadConfig(process.env), logger);
  try {
    await migrate(db.pool);
    await loadReferenceData(db.pool);
    logger.info(await importHamlets(db.pool, hamlets), 'hamlet registry imported');
  } finally {
    await db.close();
  }
} catch (err) {
  console.error(err instanceof HamletImportError ? err.message : err);
  process.exit(1);
}
