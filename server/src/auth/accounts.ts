/**
 * People's accounts: creation, roles and reporting units, password checks with
 * lockout (issue 5.1: five failed attempts lock the account for a while; an
 * administrator can unlock it sooner).
 */
import type pg from 'pg';
import { ROLES, UNIT_ROLES, USERNAME_PATTERN, type ReportingUnitRef, type Role } from '@ioc/shared';
import { AppError, BadRequestError, NotFoundError } from '../errors.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.js';

export const MAX_FAILED_LOGINS = 5;

export interface Account {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: ReportingUnitRef | null;
  lockedUntil: Date | null;
  disabledAt: Date | null;
  isDemo: boolean;
  createdAt: Date;
}

interface AccountRow {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_kind: 'agency' | 'commune' | null;
  unit_code: string | null;
  failed_attempts: number;
  locked_until: Date | null;
  disabled_at: Date | null;
  is_demo: boolean;
  created_at: Date;
}

const toAccount = (r: AccountRow): Account => ({
  id: Number(r.id),
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  unit: r.unit_kind && r.unit_code ? { kind: r.unit_kind, code: r.unit_code } : null,
  lockedUntil: r.locked_until,
  disabledAt: r.disabled_at,
  isDemo: r.is_demo,
  createdAt: r.created_at,
});

export class AccountLockedError extends AppError {
  constructor(readonly until: Date) {
    super('account_locked', `Tài khoản bị tạm khoá sau ${MAX_FAILED_LOGINS} lần đăng nhập sai, đến ${until.toISOString()}. Account locked after ${MAX_FAILED_LOGINS} failed logins.`, 423);
  }
}

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('invalid_credentials', 'Sai tên đăng nhập hoặc mật khẩu. Wrong username or password.', 401);
  }
}

export type LoginOutcome = { ok: true; account: Account } | { ok: false; error: AppError; account: Account | null; lockedNow: boolean };

export interface NewAccount {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unit?: ReportingUnitRef | null;
  isDemo?: boolean;
}

export class AccountRepository {
  constructor(
    private readonly pool: pg.Pool,
    private readonly clock: () => Date,
    private readonly lockoutMinutes: number,
  ) {}

  async create(input: NewAccount): Promise<Account> {
    if (!USERNAME_PATTERN.test(input.username)) throw new BadRequestError('username: 3–64 lower-case letters, digits, dot, dash or underscore', [{ field: 'username', reason: 'invalid format' }]);
    if (!ROLES.includes(input.role)) throw new BadRequestError(`role: one of ${ROLES.join(', ')}`, [{ field: 'role', reason: 'unknown role' }]);
    const unit = await this.checkUnit(input.role, input.unit ?? null);
    const hash = await hashPassword(input.password);
    try {
      const r = await this.pool.query<AccountRow>(
        `INSERT INTO app_user (username, display_name, password_hash, role, unit_kind, unit_code, is_demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
        [input.username, input.displayName, hash, input.role, unit?.kind ?? null, unit?.code ?? null, input.isDemo ?? false, this.clock()],
      );
      return toAccount(r.rows[0]!);
    } catch (err) {
      if ((err as { code?: string }).code === '23505') throw new AppError('username_taken', `username ${input.username} is taken`, 409, [{ field: 'username', reason: 'already exists' }]);
      throw err;
    }
  }

  /** A specialist or leader needs an existing current agency or commune; other roles have none. */
  async checkUnit(role: Role, unit: ReportingUnitRef | null): Promise<ReportingUnitRef | null> {
    if (!UNIT_ROLES.includes(role)) {
      if (unit) throw new BadRequestError(`unit: a ${role} has no reporting unit`, [{ field: 'unit', reason: `not allowed for role ${role}` }]);
      return null;
    }
    if (!unit) throw new BadRequestError(`unit: a ${role} needs a reporting unit`, [{ field: 'unit', reason: 'required for this role' }]);
    const exists =
      unit.kind === 'agency'
        ? await this.pool.query('SELECT 1 FROM agency WHERE code = $1 AND successor_code IS NULL', [unit.code])
        : await this.pool.query(`SELECT 1 FROM admin_unit WHERE code = $1 AND level = 'commune'`, [unit.code]);
    if (!exists.rowCount) throw new BadRequestError(`unit: no current ${unit.kind} ${unit.code}`, [{ field: 'unit.code', reason: `unknown ${unit.kind}` }]);
    return unit;
  }

  async get(id: number): Promise<Account> {
    const r = await this.pool.query<AccountRow>('SELECT * FROM app_user WHERE id = $1', [id]);
    if (!r.rows[0]) throw new NotFoundError(`no account ${id}`);
    return toAccount(r.rows[0]);
  }

  async findByUsername(username: string): Promise<Account | null> {
    const r = await this.pool.query<AccountRow>('SELECT * FROM app_user WHERE username = $1', [username]);
    return r.rows[0] ? toAccount(r.rows[0]) : null;
  }

  async list(): Promise<Account[]> {
    const r = await this.pool.query<AccountRow>('SELECT * FROM app_user ORDER BY role, username');
    return r.rows.map(toAccount);
  }

  async count(): Promise<number> {
    const r = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM app_user');
    return Number(r.rows[0]!.n);
  }

  /**
   * Checks a password. Five wrong ones in a row lock the account for the lockout
   * period; while locked even the right password is refused. The counter is
   * updated atomically, so parallel guesses cannot slip past the limit.
   */
  async checkLogin(username: string, password: string): Promise<LoginOutcome> {
    const now = this.clock();
    const r = await this.pool.query<AccountRow>('SELECT * FROM app_user WHERE username = $1', [username]);
    const row = r.rows[0];
    if (!row || row.disabled_at) {
      await verifyAgainstDummy(password);
      return { ok: false, error: new InvalidCredentialsError(), account: row ? toAccount(row) : null, lockedNow: false };
    }
    if (row.locked_until && row.locked_until > now) return { ok: false, error: new AccountLockedError(row.locked_until), account: toAccount(row), lockedNow: false };
    if (await verifyPassword(row.password_hash, password)) {
      await this.pool.query('UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [row.id]);
      return { ok: true, account: toAccount({ ...row, failed_attempts: 0, locked_until: null }) };
    }
    // Increment and read in one statement: parallel guesses each count.
    const u = await this.pool.query<{ failed_attempts: number }>('UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE id = $1 RETURNING failed_attempts', [row.id]);
    const lockedNow = (u.rows[0]?.failed_attempts ?? 0) >= MAX_FAILED_LOGINS;
    const lockUntil = new Date(now.getTime() + this.lockoutMinutes * 60_000);
    // Locking resets the counter: after the lock the account gets five attempts again.
    if (lockedNow) await this.pool.query('UPDATE app_user SET failed_attempts = 0, locked_until = $2 WHERE id = $1', [row.id, lockUntil]);
    return { ok: false, error: lockedNow ? new AccountLockedError(lockUntil) : new InvalidCredentialsError(), account: toAccount(row), lockedNow };
  }

  async setRole(id: number, role: Role, unit: ReportingUnitRef | null): Promise<{ before: Account; after: Account }> {
    const before = await this.get(id);
    const checked = await this.checkUnit(role, unit);
    await this.pool.query('UPDATE app_user SET role = $2, unit_kind = $3, unit_code = $4 WHERE id = $1', [id, role, checked?.kind ?? null, checked?.code ?? null]);
    return { before, after: await this.get(id) };
  }

  async unlock(id: number): Promise<Account> {
    await this.get(id);
    await this.pool.query('UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [id]);
    return this.get(id);
  }

  async setDisabled(id: number, disabled: boolean): Promise<Account> {
    await this.get(id);
    await this.pool.query('UPDATE app_user SET disabled_at = $2 WHERE id = $1', [id, disabled ? this.clock() : null]);
    return this.get(id);
  }

  async setPassword(id: number, password: string): Promise<void> {
    await this.get(id);
    await this.pool.query('UPDATE app_user SET password_hash = $2, failed_attempts = 0, locked_until = NULL WHERE id = $1', [id, await hashPassword(password)]);
  }
}
