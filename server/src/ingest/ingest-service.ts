/**
 * The one path by which agencies' figures enter: the same for JSON batches and
 * CSV/XLSX files. A batch is checked whole (rows, units, the key's scope);
 * any invalid row rejects it and nothing is written. Accepted batches are
 * recorded (who, when, how many rows, a hash of the content) in the same
 * transaction as their rows. Idempotent twice over: an Idempotency-Key replays
 * the first answer, and the natural key (indicator + unit + period + source)
 * turns a resent value into "unchanged" and a different one into a correction.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { MAX_OBSERVATIONS_PER_BATCH, checkObservation, getIndicator, type CheckedObservation, type RowError, type UnitLevel } from '@ioc/shared';
import type { MeasurementStore } from '../measurements/measurement-store.js';
import type { MeasurementInput } from '../measurements/measurement.js';
import type { ApiKeyScope } from './api-keys.js';
import { ForbiddenScopeError, IdempotencyConflictError, InvalidBatchError, TooLargeError } from './ingest-errors.js';

export type IngestChannel = 'json' | 'csv' | 'xlsx' | 'report';

/** What a batch may write: an API key's scope, or an approved report's (its fields' indicators, its unit). */
export type IngestScope = Pick<ApiKeyScope, 'agencyCode' | 'indicators' | 'units'>;

/** Whose batch it is: an API key's, or an approved report's (Điều 7.3.b of seed 002). */
type BatchOrigin = { apiKeyId: string; reportSubmissionId: null } | { apiKeyId: null; reportSubmissionId: number };

export interface IngestResult {
  batchId: number;
  receivedAt: string;
  rows: number;
  inserted: number;
  corrected: number;
  unchanged: number;
  contentHash: string;
}

export interface IngestOutcome {
  result: IngestResult;
  /** True when an earlier answer is replayed for the same Idempotency-Key. */
  replayed: boolean;
}

interface ExistingKey {
  indicator_code: string;
  unit_code: string;
  period: string;
  source: string;
  ts: Date;
  numerator: number;
  denominator: number;
}

const naturalKey = (o: { indicator: string; unit: string; period: string; source: string }) => `${o.indicator}|${o.unit}|${o.period}|${o.source}`;

/** SHA-256 of the batch's normalised rows: the same figures give the same hash whatever the channel or key order. */
export function contentHash(rows: readonly (CheckedObservation & { source: string })[]): string {
  const canonical = rows.map((r) => [r.indicator, r.unit, r.period, r.source, r.numerator, r.denominator]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

export class IngestService {
  constructor(
    private readonly pool: pg.Pool,
    private readonly store: MeasurementStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async ingest(key: ApiKeyScope, raw: readonly unknown[], channel: IngestChannel, idempotencyKey: string | undefined): Promise<IngestOutcome> {
    if (raw.length > MAX_OBSERVATIONS_PER_BATCH) {
      throw new TooLargeError(`A batch may hold at most ${MAX_OBSERVATIONS_PER_BATCH} observations; this one has ${raw.length}. Split it.`);
    }
    const rows = await this.check(key, raw);
    const hash = contentHash(rows);
    if (idempotencyKey) {
      const earlier = await this.findByIdempotencyKey(key.id, idempotencyKey);
      if (earlier) return this.replay(earlier, hash, idempotencyKey);
    }
    try {
      return { result: await this.write({ apiKeyId: key.id, reportSubmissionId: null }, rows, channel, idempotencyKey, hash), replayed: false };
    } catch (err) {
      // The same key sent twice at once: the second loses the unique index race and replays the first.
      if (idempotencyKey && (err as { code?: string }).code === '23505') {
        const earlier = await this.findByIdempotencyKey(key.id, idempotencyKey);
        if (earlier) return this.replay(earlier, hash, idempotencyKey);
      }
      throw err;
    }
  }

  /**
   * Writes the figures of an approved report through the same checks and records as
   * any batch, in one transaction with `inTransaction` (the approval itself): if either
   * fails, neither is written. Without figures, only `inTransaction` runs.
   */
  async ingestApprovedReport(scope: IngestScope, raw: readonly unknown[], submissionId: number, inTransaction: (tx: pg.ClientBase) => Promise<void>): Promise<IngestResult | null> {
    if (!raw.length) {
      await this.store.write([], { before: inTransaction });
      return null;
    }
    const rows = await this.check(scope, raw);
    return this.write({ apiKeyId: null, reportSubmissionId: submissionId }, rows, 'report', undefined, contentHash(rows), inTransaction);
  }

  private replay(earlier: { content_hash: string; response: IngestResult }, hash: string, idempotencyKey: string): IngestOutcome {
    if (earlier.content_hash !== hash) throw new IdempotencyConflictError(idempotencyKey);
    return { result: earlier.response, replayed: true };
  }

  private async findByIdempotencyKey(keyId: string, idempotencyKey: string) {
    const r = await this.pool.query<{ content_hash: string; response: IngestResult }>(
      'SELECT content_hash, response FROM ingest_batch WHERE api_key_id = $1 AND idempotency_key = $2',
      [keyId, idempotencyKey],
    );
    return r.rows[0] ?? null;
  }

  /** Every rule, for every row; throws with all the errors found, permission errors first. */
  private async check(key: IngestScope, raw: readonly unknown[]): Promise<(CheckedObservation & { source: string })[]> {
    const now = this.clock();
    const errors: RowError[] = [];
    const checked: { row: number; value: CheckedObservation & { source: string } }[] = [];
    raw.forEach((item, row) => {
      const r = checkObservation(item, row, now);
      if (r.ok) checked.push({ row, value: { ...r.value, source: r.value.source ?? key.agencyCode } });
      else errors.push(...r.errors);
    });

    const forbidden: RowError[] = [];
    for (const { row, value } of checked) {
      const def = getIndicator(value.indicator);
      const allowed = key.indicators ? key.indicators.includes(value.indicator) : def.ownerAgency === key.agencyCode;
      if (!allowed) forbidden.push({ row, field: 'indicator', reason: `${value.indicator} belongs to ${def.ownerAgency}, not to ${key.agencyCode}` });
      else if (key.units && !key.units.includes(value.unit)) forbidden.push({ row, field: 'unit', reason: `unit ${value.unit} is outside this key's units` });
    }
    if (forbidden.length) throw new ForbiddenScopeError(forbidden);

    const codes = [...new Set(checked.map((c) => c.value.unit))];
    const units = await this.pool.query<{ code: string; level: UnitLevel }>('SELECT code, level FROM admin_unit WHERE code = ANY($1::text[])', [codes]);
    const levelOf = new Map(units.rows.map((u) => [u.code, u.level]));
    const seen = new Map<string, number>();
    for (const { row, value } of checked) {
      const level = levelOf.get(value.unit);
      const accepts = getIndicator(value.indicator).reportedAt;
      if (!level) errors.push({ row, field: 'unit', reason: `${value.unit} is not a unit of the province (GET /api/units)` });
      else if (!accepts.includes(level)) errors.push({ row, field: 'unit', reason: `${value.indicator} is reported per ${accepts.join(' or ')}, and ${value.unit} is a ${level}` });
      const k = naturalKey(value);
      const first = seen.get(k);
      if (first !== undefined) errors.push({ row, field: 'period', reason: `repeats row ${first} (same indicator, unit, period and source)` });
      else seen.set(k, row);
    }
    if (errors.length) throw new InvalidBatchError(errors.sort((a, b) => a.row - b.row));
    return checked.map((c) => c.value);
  }

  private async write(
    origin: BatchOrigin,
    rows: (CheckedObservation & { source: string })[],
    channel: IngestChannel,
    idempotencyKey: string | undefined,
    hash: string,
    inTransaction?: (tx: pg.ClientBase) => Promise<void>,
  ): Promise<IngestResult> {
    const existing = await this.pool.query<ExistingKey>(
      `SELECT k.* FROM observation_key k
       JOIN unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS x(i, u, p, s)
         ON k.indicator_code = x.i AND k.unit_code = x.u AND k.period = x.p AND k.source = x.s`,
      [rows.map((r) => r.indicator), rows.map((r) => r.unit), rows.map((r) => r.period), rows.map((r) => r.source)],
    );
    const before = new Map(existing.rows.map((e) => [naturalKey({ indicator: e.indicator_code, unit: e.unit_code, period: e.period, source: e.source }), e]));
    const fresh: typeof rows = [];
    const corrections: { row: (typeof rows)[number]; old: ExistingKey }[] = [];
    for (const r of rows) {
      const old = before.get(naturalKey(r));
      if (!old) fresh.push(r);
      else if (old.numerator !== r.numerator || old.denominator !== r.denominator) corrections.push({ row: r, old });
    }
    const toWrite = [...fresh, ...corrections.map((c) => c.row)];
    const receivedAt = this.clock();
    const result: IngestResult = {
      batchId: 0,
      receivedAt: receivedAt.toISOString(),
      rows: rows.length,
      inserted: fresh.length,
      corrected: corrections.length,
      unchanged: rows.length - toWrite.length,
      contentHash: hash,
    };
    const measurements: MeasurementInput[] = toWrite.map((r) => ({
      ts: r.periodStart,
      indicator: r.indicator,
      unit: r.unit as MeasurementInput['unit'],
      numerator: r.numerator,
      denominator: r.denominator,
      source: r.source,
      simulated: false,
    }));
    await this.store.write(measurements, {
      before: async (tx) => {
        if (inTransaction) await inTransaction(tx);
        const batch = await tx.query<{ id: string }>(
          `INSERT INTO ingest_batch (api_key_id, report_submission_id, idempotency_key, content_hash, channel, received_at, row_count, inserted, corrected, unchanged, response)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{}') RETURNING id`,
          [origin.apiKeyId, origin.reportSubmissionId, idempotencyKey ?? null, hash, channel, receivedAt, result.rows, result.inserted, result.corrected, result.unchanged],
        );
        result.batchId = Number(batch.rows[0]!.id);
        await tx.query('UPDATE ingest_batch SET response = $2 WHERE id = $1', [result.batchId, result]);
        // A correction replaces the measurement of the same key: remove the old row first.
        for (const { old } of corrections) {
          await tx.query('DELETE FROM measurement WHERE indicator_code = $1 AND unit_code = $2 AND source = $3 AND ts = $4 AND NOT is_simulated', [
            old.indicator_code,
            old.unit_code,
            old.source,
            old.ts,
          ]);
        }
      },
      after: async (tx) => {
        if (!toWrite.length) return;
        await tx.query(
          `INSERT INTO observation_key (indicator_code, unit_code, period, source, ts, numerator, denominator, batch_id)
           SELECT i, u, p, s, t, n, d, $8 FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::float8[], $7::float8[]) AS x(i, u, p, s, t, n, d)
           ON CONFLICT (indicator_code, unit_code, period, source) DO UPDATE SET numerator = EXCLUDED.numerator,
             denominator = EXCLUDED.denominator, ts = EXCLUDED.ts, batch_id = EXCLUDED.batch_id`,
          [
            toWrite.map((r) => r.indicator),
            toWrite.map((r) => r.unit),
            toWrite.map((r) => r.period),
            toWrite.map((r) => r.source),
            toWrite.map((r) => r.periodStart),
            toWrite.map((r) => r.numerator),
            toWrite.map((r) => r.denominator),
            result.batchId,
          ],
        );
      },
    });
    return result;
  }
}
