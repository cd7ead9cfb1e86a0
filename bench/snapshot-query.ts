/**
 * How long the wall's snapshot query takes on the embedded TimescaleDB with the
 * full simulated history, with real-time aggregation on (as shipped) and off
 * (materialised rows only) — the decision documented in db/migrations/0003.
 * Also: how long writing the simulated history takes. Prints figures; run with
 * `npm run bench`. Times are medians of repeated runs in one process, compared
 * as a ratio (the machine is shared and noisy).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { INDICATOR_CODES } from '@ioc/shared';
import { openDatabase } from '../server/src/db/database.js';
import { migrate } from '../server/src/db/migrate.js';
import { createLogger } from '../server/src/logger.js';
import { MeasurementStore } from '../server/src/measurements/measurement-store.js';
import { MetricsRepository } from '../server/src/metrics/metrics-repository.js';
import { createSimulationModel } from '../server/src/simulator/model.js';
import { SimulatorRunner, loadSimulationReference } from '../server/src/simulator/simulator-runner.js';
import { loadReferenceData } from '../server/src/units/reference-loader.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const logger = createLogger('silent');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

const dir = mkdtempSync(path.join(tmpdir(), 'ioc-bench-'));
const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: dir }, logger);
try {
  await migrate(db.pool);
  await loadReferenceData(db.pool);
  const now = new Date();
  const store = new MeasurementStore(db.pool);
  const model = createSimulationModel(await loadSimulationReference(db.pool));
  const runner = new SimulatorRunner({ pool: db.pool, store, model, clock: () => now, logger, speed: 1, tickMs: 5000 });
  const t = performance.now();
  const history = await runner.catchUp();
  const historyMs = performance.now() - t;
  const chunks = await db.pool.query<{ n: string }>("SELECT count(*) AS n FROM timescaledb_information.chunks WHERE hypertable_name = 'measurement'");

  const metrics = new MetricsRepository(db.pool);
  const snapshot = () => metrics.currentValues(INDICATOR_CODES, now);
  const realTimeMs = await timeIt(snapshot);
  await db.pool.query('ALTER MATERIALIZED VIEW measurement_daily SET (timescaledb.materialized_only = true)');
  const materializedMs = await timeIt(snapshot);
  await db.pool.query('ALTER MATERIALIZED VIEW measurement_daily SET (timescaledb.materialized_only = false)');
  const series = await timeIt(() => metrics.series('DVC.NOP_TRUC_TUYEN', '14' as never, 'day', new Date(now.getTime() - 60 * 86_400_000), now));

  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}, database ${db.mode}`);
  console.log(`simulated history: ${history.rows} rows in ${(historyMs / 1000).toFixed(1)} s (${Math.round(history.rows / (historyMs / 1000))} rows/s incl. generation and rollup refresh), ${chunks.rows[0]!.n} chunks`);
  console.log(`snapshot (9 indicators × 76 units), real-time aggregation on:  ${realTimeMs.toFixed(1)} ms median of ${RUNS}`);
  console.log(`snapshot, materialised rows only:                             ${materializedMs.toFixed(1)} ms median of ${RUNS}`);
  console.log(`ratio real-time / materialised: ${(realTimeMs / materializedMs).toFixed(2)}`);
  console.log(`60-day daily series of the province: ${series.toFixed(1)} ms median of ${RUNS}`);
} finally {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
