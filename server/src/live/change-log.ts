/**
 * The change stream in the database (migration 0007). `record` computes the
 * current values of some indicators under the stream's lock, keeps those that
 * differ from what was last announced, and stores each indicator's changes
 * with the next sequence number — in one transaction, so numbers are gapless
 * and in commit order whatever the number of server processes. Snapshots and
 * replays are read from here, never from a process's memory.
 */
import type pg from 'pg';
import type { IndicatorCode, MetricValue, MetricsUpdate, SequenceMap } from '@ioc/shared';
import { withTransaction } from '../db/database.js';
import type { MetricsRepository } from '../metrics/metrics-repository.js';
import { changedValues, valueKey } from './value-diff.js';

/** Replays longer than this are answered with a snapshot: cheaper, and the latest value is what counts. */
export const MAX_REPLAY_CHANGES = 2_000;

export interface StreamSnapshot {
  values: MetricValue[];
  seqs: SequenceMap;
}

export class ChangeLog {
  constructor(
    private readonly pool: pg.Pool,
    private readonly metrics: MetricsRepository,
  ) {}

  /** Records the changes of these indicators since the last announcement; returns them in sequence order. */
  async record(indicators: readonly IndicatorCode[], committedAt: Date, now: Date): Promise<MetricsUpdate[]> {
    return withTransaction(this.pool, async (tx) => {
      const counter = await tx.query<{ last_seq: string }>('SELECT last_seq FROM metric_stream_counter FOR UPDATE');
      let seq = Number(counter.rows[0]!.last_seq);
      const computed = await this.metrics.currentValues(indicators, now, tx);
      const current = await tx.query<{ value: MetricValue; seq: string }>('SELECT value, seq FROM metric_current WHERE indicator_code = ANY($1::text[])', [indicators]);
      const announced = new Map(current.rows.map((r) => [valueKey(r.value), r.value]));
      const lastOf = new Map<string, number>();
      for (const r of current.rows) lastOf.set(r.value.indicator, Math.max(lastOf.get(r.value.indicator) ?? 0, Number(r.seq)));

      const byIndicator = new Map<IndicatorCode, MetricValue[]>();
      for (const v of changedValues(computed, announced)) byIndicator.set(v.indicator, [...(byIndicator.get(v.indicator) ?? []), v]);
      const changes: MetricsUpdate[] = [];
      for (const [indicator, values] of byIndicator) {
        seq += 1;
        changes.push({ type: 'update', seq, prevSeq: lastOf.get(indicator) ?? 0, indicator, committedAt: committedAt.toISOString(), values });
      }
      if (changes.length === 0) return changes;
      await tx.query(
        `INSERT INTO metric_change (seq, prev_seq, indicator_code, committed_at, changed_values)
         SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::timestamptz[], $5::jsonb[])`,
        [changes.map((c) => c.seq), changes.map((c) => c.prevSeq), changes.map((c) => c.indicator), changes.map(() => committedAt), changes.map((c) => JSON.stringify(c.values))],
      );
      const rows = changes.flatMap((c) => c.values.map((v) => ({ v, seq: c.seq })));
      await tx.query(
        `INSERT INTO metric_current (indicator_code, unit_code, value, seq)
         SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::bigint[])
         ON CONFLICT (indicator_code, unit_code) DO UPDATE SET value = EXCLUDED.value, seq = EXCLUDED.seq`,
        [rows.map((r) => r.v.indicator), rows.map((r) => r.v.unit), rows.map((r) => JSON.stringify(r.v)), rows.map((r) => r.seq)],
      );
      await tx.query('UPDATE metric_stream_counter SET last_seq = $1', [seq]);
      return changes;
    });
  }

  /** The last announced values and the sequence number of each indicator. */
  async snapshot(indicators: readonly IndicatorCode[]): Promise<StreamSnapshot> {
    const r = await this.pool.query<{ value: MetricValue; seq: string }>('SELECT value, seq FROM metric_current WHERE indicator_code = ANY($1::text[])', [indicators]);
    const seqs: SequenceMap = Object.fromEntries(indicators.map((i) => [i, 0]));
    for (const row of r.rows) seqs[row.value.indicator] = Math.max(seqs[row.value.indicator] ?? 0, Number(row.seq));
    return { values: r.rows.map((row) => row.value), seqs };
  }

  /**
   * The changes after each indicator's number, in sequence order — or null when
   * they cannot all be replayed (pruned, or too many): then send a snapshot.
   */
  async since(from: SequenceMap, indicators: readonly IndicatorCode[]): Promise<MetricsUpdate[] | null> {
    const positions = indicators.map((i) => from[i] ?? 0);
    const missed = await this.pool.query<{ seq: string; prev_seq: string; indicator_code: IndicatorCode; committed_at: Date; changed_values: MetricValue[] }>(
      `SELECT c.seq, c.prev_seq, c.indicator_code, c.committed_at, c.changed_values
       FROM metric_change c JOIN unnest($1::text[], $2::bigint[]) AS p(indicator, after) ON c.indicator_code = p.indicator AND c.seq > p.after
       ORDER BY c.seq LIMIT $3`,
      [indicators, positions, MAX_REPLAY_CHANGES + 1],
    );
    if (missed.rows.length > MAX_REPLAY_CHANGES) return null;
    const changes = missed.rows.map((r) => ({
      type: 'update' as const,
      seq: Number(r.seq),
      prevSeq: Number(r.prev_seq),
      indicator: r.indicator_code,
      committedAt: new Date(r.committed_at).toISOString(),
      values: r.changed_values,
    }));
    const latest = await this.pool.query<{ indicator_code: IndicatorCode; seq: string }>(
      'SELECT indicator_code, max(seq) AS seq FROM metric_current WHERE indicator_code = ANY($1::text[]) GROUP BY 1',
      [indicators],
    );
    const latestOf = new Map(latest.rows.map((r) => [r.indicator_code, Number(r.seq)]));
    // Each indicator's replay must start right after the client's position; with
    // nothing to replay the client must already be at the latest. Otherwise some
    // changes were pruned (or the client's numbers are not ours): snapshot.
    for (const indicator of indicators) {
      const position = from[indicator] ?? 0;
      const first = changes.find((c) => c.indicator === indicator);
      if (first ? first.prevSeq !== position : position !== (latestOf.get(indicator) ?? 0)) return null;
    }
    return changes;
  }

  /** Drops changes older than `keepSeconds`, keeping at least the last `keepCount`. */
  async prune(keepSeconds: number, keepCount: number): Promise<number> {
    const r = await this.pool.query(
      `DELETE FROM metric_change WHERE recorded_at < now() - make_interval(secs => $1)
         AND seq <= (SELECT last_seq FROM metric_stream_counter) - $2`,
      [keepSeconds, keepCount],
    );
    return r.rowCount ?? 0;
  }
}
