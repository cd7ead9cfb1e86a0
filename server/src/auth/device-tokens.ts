/**
 * Wall screens' credentials (issue 5.1: "long-lived, revocable device tokens for
 * wall screens — a wall must never be logged out"). A token is
 * `iocdev_<id>.<secret>`; only the SHA-256 of the 256-bit secret is stored, so
 * a token survives restarts (it lives in the database) and dies only when an
 * operator revokes it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type pg from 'pg';
import type { DeviceDto } from '@ioc/shared';
import { BadRequestError, NotFoundError } from '../errors.js';

const TOKEN_PATTERN = /^iocdev_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;
const hashSecret = (secret: string) => createHash('sha256').update(secret).digest();

export type DeviceRecord = DeviceDto;

interface DeviceRow {
  id: string;
  secret_hash: string;
  name: string;
  created_by_name: string | null;
  created_at: Date;
  last_seen_at: Date | null;
  revoked_at: Date | null;
}

const toRecord = (r: DeviceRow): DeviceRecord => ({
  id: r.id,
  name: r.name,
  createdBy: r.created_by_name,
  createdAt: r.created_at.toISOString(),
  lastSeenAt: r.last_seen_at?.toISOString() ?? null,
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

const SELECT = `SELECT d.*, u.username AS created_by_name FROM device_token d LEFT JOIN app_user u ON u.id = d.created_by`;

export class DeviceTokens {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date,
  ) {}

  /** Creates a token; the returned string is the only copy of the secret. */
  async create(name: string, createdBy: number | null): Promise<{ token: string; device: DeviceRecord }> {
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 80) throw new BadRequestError('name: 2–80 characters', [{ field: 'name', reason: '2–80 characters' }]);
    const id = randomBytes(8).toString('hex');
    const secret = randomBytes(32).toString('base64url');
    await this.pool.query('INSERT INTO device_token (id, secret_hash, name, created_by, created_at) VALUES ($1, $2, $3, $4, $5)', [
      id,
      hashSecret(secret).toString('hex'),
      trimmed,
      createdBy,
      this.clock(),
    ]);
    return { token: `iocdev_${id}.${secret}`, device: await this.get(id) };
  }

  async get(id: string): Promise<DeviceRecord> {
    const r = await this.pool.query<DeviceRow>(`${SELECT} WHERE d.id = $1`, [id]);
    if (!r.rows[0]) throw new NotFoundError(`no device ${id}`);
    return toRecord(r.rows[0]);
  }

  async list(): Promise<DeviceRecord[]> {
    const r = await this.pool.query<DeviceRow>(`${SELECT} ORDER BY d.created_at`);
    return r.rows.map(toRecord);
  }

  /** The device a token belongs to, or null when it is malformed, unknown or revoked. */
  async verify(token: string): Promise<DeviceRecord | null> {
    const m = TOKEN_PATTERN.exec(token.trim());
    if (!m) return null;
    const r = await this.pool.query<DeviceRow>(`${SELECT} WHERE d.id = $1`, [m[1]]);
    const row = r.rows[0];
    if (!row || row.revoked_at) return null;
    const expected = Buffer.from(row.secret_hash, 'hex');
    if (!timingSafeEqual(expected, hashSecret(m[2]!))) return null;
    const now = this.clock();
    // Last use, written at most once a minute per device.
    if (!row.last_seen_at || now.getTime() - row.last_seen_at.getTime() > 60_000) {
      await this.pool.query('UPDATE device_token SET last_seen_at = $2 WHERE id = $1', [row.id, now]);
    }
    return toRecord(row);
  }

  async revoke(id: string, revokedBy: number | null): Promise<DeviceRecord> {
    const r = await this.pool.query('UPDATE device_token SET revoked_at = $2, revoked_by = $3 WHERE id = $1 AND revoked_at IS NULL', [id, this.clock(), revokedBy]);
    const device = await this.get(id);
    if (!r.rowCount && !device.revokedAt) throw new NotFoundError(`no device ${id}`);
    return device;
  }
}
