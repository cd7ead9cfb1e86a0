/**
 * The single write path for measurements: one transaction per batch (a batch
 * is written whole or not at all), then the rollups of past days, then the
 * `committed` listeners — so nothing is announced before it is durable.
 */
import type pg from 'pg';
import type { IndicatorCode, UnitCode } from '@ioc/shared';
import { withTransaction } from '../db/database.js';
import type { MeasurementInput } from './measurement.js';
import { refreshRollups } from './rollups.js';

export interface CommittedBatch {
  committedAt: Date;
  rows: number;
  indicators: IndicatorCode[];
  units: UnitCode[];
  oldest: Date;
  newest: Date;
}

export interface WriteHooks {
  before?: (tx: pg.ClientBase) => Promise<void>;
  after?: (tx: pg.ClientBase) => Promise<void>;
}

type CommittedListener = (batch: CommittedBatch) => void | Promise<void>;

/** Rows per INSERT statement: keeps parameter arrays a few MB at most. */
const STATEMENT_ROWS = 20_000;

const INSERT_SQL = `
INSERT INTO measurement (ts, indicator_code, unit_code, commune_code, numerator, denominator, source, is_simulated)
SELECT r.ts, r.indicator_code, r.unit_code, u.commune_code, r.numerator, r.denominator, r.source, r.is_simulated
FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[], $7::bool[])
  AS r(ts, indicator_code, unit_code, numerator, denominator, source, is_simulated)
LEFT JOIN admin_unit u ON u.code = r.unit_code`;

export class MeasurementStore {
  private readonly listeners = new Set<CommittedListener>();

  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  onCommitted(listener: CommittedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Writes the rows in one transaction. The hooks run in the same transaction,
   * before and after the insert (the simulator's progress, an ingest batch's
   * record and corrections), so everything commits or nothing does.
   */
  async write(rows: readonly MeasurementInput[], hooks: WriteHooks = {}): Promise<CommittedBatch | null> {
    if (rows.length === 0 && !hooks.before && !hooks.after) return null;
    await withTransaction(this.pool, async (tx) => {
      if (hooks.before) await hooks.before(tx);
      for (let i = 0; i < rows.length; i += STATEMENT_ROWS) {
        await insertChunk(tx, rows.slice(i, i + STATEMENT_ROWS));
      }
      if (hooks.after) await hooks.after(tx);
    });
    if (rows.length === 0) return null;
    let oldest = rows[0]!.ts;
    let newest = rows[0]!.ts;
    for (const r of rows) {
      if (r.ts < oldest) oldest = r.ts;
      if (r.ts > newest) newest = r.ts;
    }
    const committedAt = this.clock();
    await refreshRollups(this.pool, oldest, committedAt);
    const batch: CommittedBatch = {
      committedAt,
      rows: rows.length,
      indicators: [...new Set(rows.map((r) => r.indicator))],
      units: [...new Set(rows.map((r) => r.unit))],
      oldest,
      newest,
    };
    for (const listener of this.listeners) await listener(batch);
    return batch;
  }
}

async function insertChunk(tx: pg.ClientBase, rows: readonly MeasurementInput[]): Promise<void> {
  await tx.query(INSERT_SQL, [
    rows.map((r) => r.ts),
    rows.map((r) => r.indicator),
    rows.map((r) => r.unit),
    rows.map((r) => r.numerator),
    rows.map((r) => r.denominator),
    rows.map((r) => r.source),
    rows.map((r) => r.simulated),
  ]);
}
