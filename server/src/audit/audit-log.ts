/**
 * The audit log (issue 5.7): logins, failed logins, writes, approvals,
 * rejections, exports and role changes. Append-only — the database refuses
 * UPDATE, DELETE and TRUNCATE (db/migrations/0008) — and purged only by
 * purge_audit_log, which keeps at least three months.
 */
import type pg from 'pg';
import type { AuditAction, AuditActorKind, AuditEntryDto } from '@ioc/shared';



export interface AuditActor {
  kind: AuditActorKind;
  id: string | null;
  name: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  outcome: 'success' | 'failure';
  actor: AuditActor;
  target?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}


export const SYSTEM_ACTOR: AuditActor = { kind: 'system', id: null, name: 'system' };

/** Minimum retention: three months (the level-3 expectation of issue 5). */
export const MIN_AUDIT_RETENTION_DAYS = 92;

export class AuditLog {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Records an entry; pass `tx` to record it in the same transaction as the write it describes. */
  async record(entry: AuditEntry, tx?: pg.ClientBase): Promise<void> {
    await (tx ?? this.pool).query(
      `INSERT INTO audit_log (at, action, outcome, actor_kind, actor_id, actor_name, target, details, ip) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [this.clock(), entry.action, entry.outcome, entry.actor.kind, entry.actor.id, entry.actor.name, entry.target ?? null, entry.details ?? {}, entry.ip ?? null],
    );
  }

  async list(filter: { action?: string; actor?: string; before?: number; limit: number }): Promise<AuditEntryDto[]> {
    const r = await this.pool.query<{
      id: string;
      at: Date;
      action: AuditAction;
      outcome: 'success' | 'failure';
      actor_kind: AuditActorKind;
      actor_id: string | null;
      actor_name: string | null;
      target: string | null;
      details: Record<string, unknown>;
      ip: string | null;
    }>(
      `SELECT * FROM audit_log
       WHERE ($1::text IS NULL OR action = $1) AND ($2::text IS NULL OR actor_name = $2) AND ($3::bigint IS NULL OR id < $3)
       ORDER BY id DESC LIMIT $4`,
      [filter.action ?? null, filter.actor ?? null, filter.before ?? null, filter.limit],
    );
    return r.rows.map((row) => ({
      id: Number(row.id),
      at: row.at.toISOString(),
      action: row.action,
      outcome: row.outcome,
      actor: { kind: row.actor_kind, id: row.actor_id, name: row.actor_name },
      target: row.target,
      details: row.details,
      ip: row.ip,
    }));
  }

  /** Removes entries older than `retentionDays` (at least MIN_AUDIT_RETENTION_DAYS) and records that it did. */
  async purge(retentionDays: number): Promise<number> {
    if (!Number.isInteger(retentionDays) || retentionDays < MIN_AUDIT_RETENTION_DAYS) {
      throw new RangeError(`audit retention must be at least ${MIN_AUDIT_RETENTION_DAYS} days, got ${retentionDays}`);
    }
    const r = await this.pool.query<{ removed: string }>(`SELECT purge_audit_log(make_interval(days => $1), $2) AS removed`, [retentionDays, this.clock()]);
    const removed = Number(r.rows[0]!.removed);
    await this.record({ action: 'audit.purge', outcome: 'success', actor: SYSTEM_ACTOR, details: { retentionDays, removed } });
    return removed;
  }
}

/** Purges the audit log at start and then daily, keeping `retentionDays`; returns a stop function. */
export function startAuditRetention(audit: AuditLog, retentionDays: number, onError: (err: unknown) => void): () => void {
  const run = () => void audit.purge(retentionDays).catch(onError);
  run();
  const timer = setInterval(run, 86_400_000);
  timer.unref();
  return () => clearInterval(timer);
}
