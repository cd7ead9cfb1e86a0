/**
 * Machine credentials of agencies. A key is `ioc_<id>.<secret>`: the id is
 * public (lists, logs, the batch record), the secret has 256 random bits and
 * only its SHA-256 is stored — a fast hash is right for random secrets of this
 * size (passwords of people get argon2/bcrypt with the accounts of issue 5).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../errors.js';

export interface ApiKeyScope {
  id: string;
  agencyCode: string;
  label: string;
  /** Indicators the key may write; null: every indicator its agency owns. */
  indicators: string[] | null;
  /** Units the key may write for; null: every unit. */
  units: string[] | null;
}

export interface ApiKeyRecord extends ApiKeyScope {
  createdAt: Date;
  revokedAt: Date | null;
}

export class UnauthorizedError extends AppError {
  constructor(message: string) {
    super('unauthorized', message, 401);
  }
}

const KEY_PATTERN = /^ioc_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

export function parseApiKey(presented: string): { id: string; secret: string } | null {
  const m = KEY_PATTERN.exec(presented.trim());
  return m ? { id: m[1]!, secret: m[2]! } : null;
}

interface KeyRow {
  id: string;
  secret_hash: string;
  agency_code: string;
  label: string;
  indicators: string[] | null;
  units: string[] | null;
  created_at: Date;
  revoked_at: Date | null;
}

const toRecord = (r: KeyRow): ApiKeyRecord => ({
  id: r.id,
  agencyCode: r.agency_code,
  label: r.label,
  indicators: r.indicators,
  units: r.units,
  createdAt: r.created_at,
  revokedAt: r.revoked_at,
});

export class ApiKeyRepository {
  constructor(private readonly pool: pg.Pool) {}

  /** Creates a key and returns it in full — the only time the secret is seen. */
  async create(input: { agencyCode: string; label: string; indicators?: string[] | null; units?: string[] | null }): Promise<{ key: string; record: ApiKeyRecord }> {
    const agency = await this.pool.query('SELECT 1 FROM agency WHERE code = $1', [input.agencyCode]);
    if (!agency.rowCount) throw new AppError('unknown_agency', `Unknown agency ${input.agencyCode}`, 400);
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    const r = await this.pool.query<KeyRow>(
      `INSERT INTO api_key (id, secret_hash, agency_code, label, indicators, units) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *`,
      [id, hashSecret(secret), input.agencyCode, input.label, input.indicators ?? null, input.units ?? null],
    );
    return { key: `ioc_${id}.${secret}`, record: toRecord(r.rows[0]!) };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const r = await this.pool.query<KeyRow>('SELECT * FROM api_key ORDER BY created_at');
    return r.rows.map(toRecord);
  }

  async revoke(id: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
    return (r.rowCount ?? 0) > 0;
  }

  /** The scope of a presented key, or UnauthorizedError (same message whatever is wrong, so keys cannot be probed). */
  async authenticate(presented: string | undefined): Promise<ApiKeyScope> {
    const parsed = presented ? parseApiKey(presented) : null;
    const failure = new UnauthorizedError('A valid API key is required (header Authorization: Bearer ioc_…)');
    if (!parsed) throw failure;
    const r = await this.pool.query<KeyRow>('SELECT * FROM api_key WHERE id = $1', [parsed.id]);
    const row = r.rows[0];
    if (!row || row.revoked_at) throw failure;
    const expected = Buffer.from(row.secret_hash, 'hex');
    const actual = Buffer.from(hashSecret(parsed.secret), 'hex');
    if (!timingSafeEqual(expected, actual)) throw failure;
    return toRecord(row);
  }
}
