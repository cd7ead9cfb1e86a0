/**
 * People's sessions. The cookie carries 256 random bits; the database keeps only
 * their SHA-256, so a copy of the database cannot be replayed as cookies. A
 * session ends after `idleMinutes` without a request (issue 5.1: idle timeout
 * for people), after `absoluteHours` in any case, or at logout.
 */
import { createHash, randomBytes } from 'node:crypto';
import type pg from 'pg';

export interface SessionOptions {
  idleMinutes: number;
  absoluteHours: number;
}

export const DEFAULT_SESSION_OPTIONS: SessionOptions = { idleMinutes: 30, absoluteHours: 12 };

const hashId = (id: string) => createHash('sha256').update(id).digest('hex');

/** How often last_seen_at is written: an active page does not write on every request. */
const TOUCH_EVERY_MS = 30_000;

export type SessionLookup = { state: 'active'; userId: number; idHash: string } | { state: 'expired'; userId: number; idHash: string } | { state: 'none' };

export class SessionStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date,
    readonly options: SessionOptions = DEFAULT_SESSION_OPTIONS,
  ) {}

  /** Starts a session and returns the cookie value — the only time it exists in clear. */
  async start(userId: number): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const now = this.clock();
    await this.pool.query('INSERT INTO user_session (id_hash, user_id, created_at, last_seen_at) VALUES ($1, $2, $3, $3)', [hashId(id), userId, now]);
    return id;
  }

  /** Finds the session of a cookie value, ending it if it has gone idle or too old; refreshes its last use. */
  async lookup(cookieValue: string): Promise<SessionLookup> {
    const idHash = hashId(cookieValue);
    const r = await this.pool.query<{ user_id: string; created_at: Date; last_seen_at: Date; ended_at: Date | null }>(
      'SELECT user_id, created_at, last_seen_at, ended_at FROM user_session WHERE id_hash = $1',
      [idHash],
    );
    const row = r.rows[0];
    if (!row || row.ended_at) return { state: 'none' };
    const now = this.clock().getTime();
    const idle = now - row.last_seen_at.getTime() > this.options.idleMinutes * 60_000;
    const old = now - row.created_at.getTime() > this.options.absoluteHours * 3_600_000;
    if (idle || old) {
      await this.end(idHash);
      return { state: 'expired', userId: Number(row.user_id), idHash };
    }
    if (now - row.last_seen_at.getTime() > TOUCH_EVERY_MS) {
      await this.pool.query('UPDATE user_session SET last_seen_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [idHash, new Date(now)]);
    }
    return { state: 'active', userId: Number(row.user_id), idHash };
  }

  async end(idHash: string): Promise<void> {
    await this.pool.query('UPDATE user_session SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL', [idHash, this.clock()]);
  }

  /** Ends every session of a person (disabled account, role change). */
  async endAllOf(userId: number): Promise<void> {
    await this.pool.query('UPDATE user_session SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL', [userId, this.clock()]);
  }
}
