/**
 * Public keys that verify the signatures of a unit's submissions (Điều 10.2 of
 * seed 002: "Dữ liệu trước khi gửi phải được ký số"). A key is ECDSA P-256 (what
 * WebCrypto and the province's USB-token certificates use) or Ed25519, given as
 * an SPKI PEM; its id is a fingerprint of the key, so the same key cannot be
 * registered twice. docs/operations.md explains how CA certificates would be
 * registered instead of raw keys.
 */
import { createHash, createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import type pg from 'pg';
import type { ReportingUnitRef, SignatureAlgorithm, SigningKeyDto } from '@ioc/shared';
import { AppError, BadRequestError, NotFoundError } from '../errors.js';

interface KeyRow {
  id: string;
  unit_kind: 'agency' | 'commune';
  unit_code: string;
  algorithm: SignatureAlgorithm;
  public_key_pem: string;
  label: string;
  registered_by_name: string;
  registered_at: Date;
  revoked_at: Date | null;
}

const toDto = (r: KeyRow): SigningKeyDto => ({
  id: r.id,
  unit: { kind: r.unit_kind, code: r.unit_code },
  algorithm: r.algorithm,
  label: r.label,
  publicKeyPem: r.public_key_pem,
  registeredAt: r.registered_at.toISOString(),
  registeredBy: r.registered_by_name,
  revokedAt: r.revoked_at?.toISOString() ?? null,
});

const SELECT = 'SELECT k.*, u.username AS registered_by_name FROM signing_key k JOIN app_user u ON u.id = k.registered_by';

/** Reads a PEM public key and checks it is of the algorithm claimed. */
export function parsePublicKey(pem: string, algorithm: SignatureAlgorithm): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new BadRequestError('publicKeyPem: not a PEM public key (-----BEGIN PUBLIC KEY-----)', [{ field: 'publicKeyPem', reason: 'not a PEM public key' }]);
  }
  const ok = algorithm === 'Ed25519' ? key.asymmetricKeyType === 'ed25519' : key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1';
  if (!ok) throw new BadRequestError(`publicKeyPem: not an ${algorithm} key`, [{ field: 'publicKeyPem', reason: `not an ${algorithm} key` }]);
  return key;
}

export function keyFingerprint(key: KeyObject): string {
  return createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}

export class SignatureError extends AppError {
  constructor(message: string, field = 'signature') {
    super('signature_invalid', message, 400, [{ field, reason: message }]);
  }
}

export class SigningKeys {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date,
  ) {}

  async register(input: { unit: ReportingUnitRef; algorithm: SignatureAlgorithm; publicKeyPem: string; label: string }, registeredBy: number): Promise<SigningKeyDto> {
    const key = parsePublicKey(input.publicKeyPem, input.algorithm);
    const id = keyFingerprint(key);
    const pem = key.export({ type: 'spki', format: 'pem' }).toString();
    try {
      await this.pool.query(
        `INSERT INTO signing_key (id, unit_kind, unit_code, algorithm, public_key_pem, label, registered_by, registered_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, input.unit.kind, input.unit.code, input.algorithm, pem, input.label, registeredBy, this.clock()],
      );
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new AppError('key_exists', `this key is already registered (id ${id})`, 409, [{ field: 'publicKeyPem', reason: 'already registered' }]);
      throw err;
    }
    return this.get(id);
  }

  async get(id: string): Promise<SigningKeyDto> {
    const r = await this.pool.query<KeyRow>(`${SELECT} WHERE k.id = $1`, [id]);
    if (!r.rows[0]) throw new NotFoundError(`no signing key ${id}`);
    return toDto(r.rows[0]);
  }

  async list(unit: ReportingUnitRef | null): Promise<SigningKeyDto[]> {
    const r = await this.pool.query<KeyRow>(`${SELECT} WHERE ($1::text IS NULL OR (k.unit_kind = $1 AND k.unit_code = $2)) ORDER BY k.registered_at`, [unit?.kind ?? null, unit?.code ?? null]);
    return r.rows.map(toDto);
  }

  async revoke(id: string): Promise<SigningKeyDto> {
    await this.get(id);
    await this.pool.query('UPDATE signing_key SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL', [id, this.clock()]);
    return this.get(id);
  }

  /**
   * Verifies `signatureB64` over `content` with key `keyId`, which must be an active
   * key of `unit`. Throws SignatureError with the reason; returns the algorithm.
   */
  async verify(unit: ReportingUnitRef, keyId: string, content: string, signatureB64: string): Promise<SignatureAlgorithm> {
    const r = await this.pool.query<KeyRow>(`${SELECT} WHERE k.id = $1`, [keyId]);
    const row = r.rows[0];
    if (!row) throw new SignatureError(`signature.keyId: no registered signing key ${keyId}`, 'signature.keyId');
    if (row.unit_kind !== unit.kind || row.unit_code !== unit.code) throw new SignatureError(`signature.keyId: key ${keyId} belongs to another unit (${row.unit_code})`, 'signature.keyId');
    if (row.revoked_at) throw new SignatureError(`signature.keyId: key ${keyId} was revoked on ${row.revoked_at.toISOString()}`, 'signature.keyId');
    const signature = Buffer.from(signatureB64, 'base64');
    const data = Buffer.from(content, 'utf8');
    const key = createPublicKey(row.public_key_pem);
    const valid =
      row.algorithm === 'Ed25519' ? verifySignature(null, data, key, signature) : verifySignature('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
    if (!valid) throw new SignatureError('signature.value: the signature does not match the content — the figures were changed after signing, or signed with another key', 'signature.value');
    return row.algorithm;
  }
}
