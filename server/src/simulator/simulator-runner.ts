/**
 * Runs the simulation model against the database: on start it writes the
 * history from the model's start (1 July 2025) — or from where it stopped last
 * time — up to now, then writes live data every tick. Progress is stored in
 * the same transaction as the rows (simulator_state), so restarts neither
 * duplicate nor skip. Everything written is marked simulated.
 */
import type pg from 'pg';
import type { Logger } from '../logger.js';
import type { MeasurementStore } from '../measurements/measurement-store.js';
import type { MeasurementInput } from '../measurements/measurement.js';
import type { SimulationReference } from './reference.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** History older than this is written in day steps, newer in hour steps (finer trends for the recent past). */
const HOURLY_HISTORY_MS = 14 * DAY_MS;
/** History is written in batches of this many days, to bound memory. */
const BATCH_MS = 31 * DAY_MS;

export interface HamletConnectivityStatus {
  hamletCode: string;
  technology: '4g' | 'fixed';
  coveredSince: Date | null;
  plannedDate: Date | null;
  operator: string | null;
}

/** What the runner needs of the model (server/src/simulator/model.ts). */
export interface SimulationSource {
  readonly start: Date;
  readonly seed: number;
  generate(from: Date, to: Date, stepMs: number, speed?: number): MeasurementInput[];
  hamletConnectivity(): HamletConnectivityStatus[];
}

export interface SimulatorRunnerDeps {
  pool: pg.Pool;
  store: MeasurementStore;
  model: SimulationSource;
  clock: () => Date;
  logger: Logger;
  speed: number;
  tickMs: number;
}

/** Step boundaries of the history between `from` and `now`: days, then hours for the last two weeks. */
export function historySteps(from: Date, now: Date, dayAlignedStart: Date): { from: Date; to: Date; stepMs: number }[] {
  const out: { from: Date; to: Date; stepMs: number }[] = [];
  const hourlyFrom = new Date(dayAlignedStart.getTime() + Math.floor((now.getTime() - HOURLY_HISTORY_MS - dayAlignedStart.getTime()) / DAY_MS) * DAY_MS);
  const hourFloor = new Date(Math.floor(now.getTime() / HOUR_MS) * HOUR_MS);
  let t = from;
  while (t < hourlyFrom) {
    const to = new Date(Math.min(t.getTime() + BATCH_MS, hourlyFrom.getTime()));
    out.push({ from: t, to, stepMs: DAY_MS });
    t = to;
  }
  while (t < hourFloor) {
    const to = new Date(Math.min(t.getTime() + BATCH_MS, hourFloor.getTime()));
    out.push({ from: t, to, stepMs: HOUR_MS });
    t = to;
  }
  return out;
}

export class SimulatorRunner {
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<void> = Promise.resolve();
  private generatedUntil: Date | null = null;

  constructor(private readonly deps: SimulatorRunnerDeps) {}

  get running(): boolean {
    return this.timer !== null;
  }

  /** Writes everything from the stored progress (or the model's start) up to the last full hour. */
  async catchUp(): Promise<{ rows: number; from: Date; to: Date }> {
    const { pool, model, clock, logger } = this.deps;
    const state = await pool.query<{ generated_until: Date }>('SELECT generated_until FROM simulator_state');
    const from = state.rows[0]?.generated_until ?? model.start;
    const now = clock();
    let rows = 0;
    for (const step of historySteps(from, now, model.start)) {
      const batch = model.generate(step.from, step.to, step.stepMs);
      await this.writeWithProgress(batch, step.to);
      rows += batch.length;
    }
    await this.storeConnectivity(now);
    this.generatedUntil = (await pool.query<{ generated_until: Date }>('SELECT generated_until FROM simulator_state')).rows[0]?.generated_until ?? from;
    logger.info({ rows, from, to: this.generatedUntil }, 'simulated history written');
    return { rows, from, to: this.generatedUntil };
  }

  /** Starts live writing: every tick, the data of the time since the last tick. */
  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.ticking = this.ticking
        .then(async () => {
          await this.tick();
        })
        .catch((err: unknown) => this.deps.logger.error({ err }, 'simulator tick failed'));
    }, this.deps.tickMs);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }

  /** One live step: exposed for tests, which drive time themselves. */
  async tick(): Promise<number> {
    const from = this.generatedUntil ?? this.deps.model.start;
    const to = this.deps.clock();
    if (to <= from) return 0;
    const rows = this.deps.model.generate(from, to, to.getTime() - from.getTime(), this.deps.speed);
    await this.writeWithProgress(rows, to);
    this.generatedUntil = to;
    await this.storeConnectivity(to, from);
    return rows.length;
  }

  private async writeWithProgress(rows: MeasurementInput[], until: Date): Promise<void> {
    await this.deps.store.write(rows, {
      after: async (tx) => {
        await tx.query(
          `INSERT INTO simulator_state (id, generated_until, seed) VALUES (true, $1, $2)
           ON CONFLICT (id) DO UPDATE SET generated_until = EXCLUDED.generated_until`,
          [until, this.deps.model.seed],
        );
      },
    });
  }

  /** Keeps the per-hamlet status table in step with what the simulated measurements say at `now`. */
  private async storeConnectivity(now: Date, changedSince?: Date): Promise<void> {
    const all = this.deps.model.hamletConnectivity();
    const rows = changedSince ? all.filter((h) => h.coveredSince && h.coveredSince >= changedSince && h.coveredSince < now) : all;
    if (rows.length === 0) return;
    await this.deps.pool.query(
      `INSERT INTO hamlet_connectivity (hamlet_code, technology, covered_since, planned_date, operator, is_simulated)
       SELECT h, t, c, p, o, true FROM unnest($1::text[], $2::text[], $3::timestamptz[], $4::date[], $5::text[]) AS x(h, t, c, p, o)
       WHERE EXISTS (SELECT 1 FROM admin_unit WHERE code = x.h)
       ON CONFLICT (hamlet_code, technology) DO UPDATE SET covered_since = EXCLUDED.covered_since,
         planned_date = EXCLUDED.planned_date, operator = EXCLUDED.operator, is_simulated = true`,
      [
        rows.map((h) => h.hamletCode),
        rows.map((h) => h.technology),
        // A coverage date still in the future is a plan, not a fact.
        rows.map((h) => (h.coveredSince && h.coveredSince <= now ? h.coveredSince : null)),
        rows.map((h) => h.plannedDate),
        rows.map((h) => h.operator),
      ],
    );
  }
}

export async function loadSimulationReference(pool: pg.Pool): Promise<SimulationReference> {
  const communes = await pool.query<{ code: string; name: string; unit_type: string; population: number; area_km2: number }>(
    "SELECT code, name, unit_type, population, area_km2 FROM admin_unit WHERE level = 'commune' ORDER BY code",
  );
  const hamlets = await pool.query<{ code: string; commune_code: string }>("SELECT code, commune_code FROM admin_unit WHERE level = 'hamlet' ORDER BY code");
  return {
    communes: communes.rows.map((c) => ({
      code: c.code as never,
      name: c.name,
      type: c.unit_type === 'phường' ? 'phường' : 'xã',
      population: c.population,
      areaKm2: c.area_km2,
    })),
    hamlets: hamlets.rows.map((h) => ({ code: h.code as never, communeCode: h.commune_code as never })),
  };
}
