/**
 * The simulator against the real embedded database: history up to now, a
 * restart that resumes without gap or duplicate, live ticks that reach a
 * Socket.IO client — everything marked simulated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestDatabase, silentLogger, type TestDatabase } from '../test-support/test-database.js';
import { nextEvent, startTestServer, type TestServer } from '../test-support/test-server.js';
import { createSimulationModel } from './model.js';
import { SimulatorRunner, historySteps, loadSimulationReference } from './simulator-runner.js';

const HOUR = 3_600_000;
const START = new Date('2026-10-31T17:00:00Z'); // 1/11/2026 00:00 in Sơn La
let now = new Date('2026-11-20T08:30:00Z');

describe('the simulator runner', () => {
  let db: TestDatabase;
  let server: TestServer;
  const runner = (speed = 1) =>
    new SimulatorRunner({
      pool: db.pool,
      store: server.app.store,
      model: model!,
      clock: () => now,
      logger: silentLogger,
      speed,
      tickMs: 60_000,
    });
  let model: ReturnType<typeof createSimulationModel> | undefined;

  beforeAll(async () => {
    db = await startTestDatabase();
    server = await startTestServer(db, { clock: () => now });
    model = createSimulationModel(await loadSimulationReference(db.pool), { start: START });
  });
  afterAll(async () => {
    await server?.close();
    await db?.closeTest();
  });

  it('plans day steps, then hour steps for the last two weeks, up to the last full hour', () => {
    const steps = historySteps(START, now, START);
    expect(steps[0]).toMatchObject({ from: START, stepMs: 24 * HOUR });
    expect(steps.at(-1)!.to).toEqual(new Date('2026-11-20T08:00:00Z'));
    expect(steps.at(-1)!.stepMs).toBe(HOUR);
    for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toEqual(steps[i - 1]!.to);
  });

  it('writes the history, all of it simulated, and records how far it got', async () => {
    const result = await runner().catchUp();
    expect(result.rows).toBeGreaterThan(1000);
    const rows = await db.pool.query<{ n: string; sim: boolean; min: Date; max: Date }>(
      'SELECT count(*) AS n, bool_and(is_simulated) AS sim, min(ts) AS min, max(ts) AS max FROM measurement',
    );
    expect(rows.rows[0]!.sim).toBe(true);
    expect(new Date(rows.rows[0]!.min).getTime()).toBeGreaterThanOrEqual(START.getTime());
    expect(new Date(rows.rows[0]!.max).getTime()).toBeLessThan(new Date('2026-11-20T08:00:00Z').getTime());
    const state = await db.pool.query<{ generated_until: Date }>('SELECT generated_until FROM simulator_state');
    expect(state.rows[0]!.generated_until).toEqual(new Date('2026-11-20T08:00:00Z'));
    const connectivity = await db.pool.query<{ n: string }>('SELECT count(*) AS n FROM hamlet_connectivity WHERE is_simulated');
    expect(Number(connectivity.rows[0]!.n)).toBeGreaterThan(0);
  });

  it('resumes after a restart exactly where it stopped: no duplicate rows', async () => {
    now = new Date('2026-11-20T11:10:00Z');
    const result = await runner().catchUp();
    expect(result.from).toEqual(new Date('2026-11-20T08:00:00Z'));
    const duplicates = await db.pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM (SELECT indicator_code, unit_code, ts FROM measurement GROUP BY 1, 2, 3 HAVING count(*) > 1) d`,
    );
    expect(Number(duplicates.rows[0]!.n)).toBe(0);
  });

  it('writes live ticks that reach subscribed clients as simulated values', async () => {
    const socket = server.connectClient();
    const snapshot = nextEvent(socket, 'metrics:snapshot');
    socket.emit('metrics:subscribe', { indicators: ['DVC.NOP_TRUC_TUYEN'] });
    await snapshot;
    const live = runner(500);
    await live.catchUp();
    const updated = nextEvent(socket, 'metrics:updated');
    now = new Date(now.getTime() + 10 * 60_000);
    expect(await live.tick()).toBeGreaterThan(0);
    const update = await updated;
    const province = update.values.find((v) => v.unit === '14');
    expect(province?.simulated).toBe(true);
    expect(province?.indicator).toBe('DVC.NOP_TRUC_TUYEN');
  });
});
