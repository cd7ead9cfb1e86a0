/** The embedded database keeps its data across a restart, and stays writable after it. */
import { afterAll, describe, expect, it } from 'vitest';
import { asUnitCode } from '@ioc/shared';
import { MeasurementStore } from '../measurements/measurement-store.js';
import { MetricsRepository } from '../metrics/metrics-repository.js';
import { startTestDatabase, type TestDatabase } from '../test-support/test-database.js';

const row = (ts: string, numerator: number) => ({
  ts: new Date(ts),
  indicator: 'DVC.NOP_TRUC_TUYEN' as const,
  unit: asUnitCode('03670'),
  numerator,
  denominator: 10,
  source: 'integration-test',
  simulated: false,
});

describe('embedded TimescaleDB across restarts', () => {
  let db: TestDatabase | undefined;
  afterAll(() => db?.closeTest());

  it('reopens the same directory with the rows, the rollups and writes still working', async () => {
    if (process.env.TEST_DATABASE_URL) return; // only meaningful for the embedded mode
    const now = new Date('2025-12-20T08:00:00Z');
    db = await startTestDatabase();
    await new MeasurementStore(db.pool, () => now).write([row('2025-12-01T03:00:00Z', 4), row('2025-12-20T03:00:00Z', 6)]);
    await db.closeTest({ keepFiles: true });

    db = await startTestDatabase({ dataDir: db.dataDir });
    await new MeasurementStore(db.pool, () => now).write([row('2025-12-20T04:00:00Z', 10)]);
    const values = await new MetricsRepository(db.pool).currentValues(['DVC.NOP_TRUC_TUYEN'], now);
    expect(values.find((v) => v.unit === '03670')).toMatchObject({ numerator: 20, denominator: 30 });
    const hamlets = await db.pool.query<{ n: string }>("SELECT count(*) AS n FROM admin_unit WHERE level = 'hamlet'");
    expect(Number(hamlets.rows[0]!.n)).toBe(2233);
  });
});
