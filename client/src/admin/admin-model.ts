/**
 * What /admin reads and writes (server/src/auth/admin-routes.ts), and the pure
 * rules of its forms and tables (tested).
 */
import { PASSWORD_MIN_LENGTH, UNIT_ROLES, USERNAME_PATTERN, type AccountDto, type AuditEntryDto, type ReportTemplate, type ReportingUnitRef, type Role, type UnitsResponse } from '@ioc/shared';

export { AUDIT_ACTIONS, type AccountDto, type AuditActorKind, type AuditEntryDto, type CreatedDevice, type DeviceDto } from '@ioc/shared';

export const AUDIT_PAGE_SIZE = 50;

/** GET /api/admin/audit with its filters; `before` pages to older entries (ids are descending). */
export function auditPath(filter: { action?: string; actor?: string; before?: number | null; limit?: number }): string {
  const q = new URLSearchParams();
  if (filter.action) q.set('action', filter.action);
  const actor = filter.actor?.trim();
  if (actor) q.set('actor', actor);
  if (filter.before) q.set('before', String(filter.before));
  q.set('limit', String(filter.limit ?? AUDIT_PAGE_SIZE));
  return `/api/admin/audit?${q.toString()}`;
}

/** The `before` of the next (older) page, or null when this page was the last. */
export function nextBefore(page: readonly AuditEntryDto[], limit = AUDIT_PAGE_SIZE): number | null {
  if (page.length < limit) return null;
  return page.reduce((min, e) => Math.min(min, e.id), Number.POSITIVE_INFINITY);
}

/** "role: leader; unit: {kind: agency, code: SKHCN}" — the details of an entry on one line. */
export function detailsText(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join('; ');
}

export type AccountStatus = 'disabled' | 'locked' | 'active';

export function accountStatus(account: Pick<AccountDto, 'disabled' | 'lockedUntil'>, now: number): AccountStatus {
  if (account.disabled) return 'disabled';
  if (account.lockedUntil && Date.parse(account.lockedUntil) > now) return 'locked';
  return 'active';
}

export function needsUnit(role: Role): boolean {
  return UNIT_ROLES.includes(role);
}

export interface UnitOption {
  code: string;
  name: string;
}

export interface UnitOptions {
  agency: UnitOption[];
  commune: UnitOption[];
}

const byName = (a: UnitOption, b: UnitOption) => a.name.localeCompare(b.name, 'vi');

/** The reporting units a specialist or leader may belong to: the agencies that file reports today, and the communes. */
export function unitOptions(templates: readonly Pick<ReportTemplate, 'responsibleAgencyCode' | 'responsibleAgencyName'>[], communes: UnitsResponse['units']): UnitOptions {
  const agencies = new Map<string, string>();
  for (const t of templates) if (!agencies.has(t.responsibleAgencyCode)) agencies.set(t.responsibleAgencyCode, t.responsibleAgencyName);
  return {
    agency: [...agencies].map(([code, name]) => ({ code, name })).sort(byName),
    commune: communes.filter((u) => u.level === 'commune').map((u) => ({ code: u.code, name: u.fullName })).sort(byName),
  };
}

export interface AccountDraft {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  unitKind: 'agency' | 'commune';
  unitCode: string;
}

export type DraftProblem = 'username' | 'displayName' | 'password' | 'unit';

/** What the form can tell before asking the server (which checks everything again and names the field). */
export function draftProblems(draft: AccountDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!USERNAME_PATTERN.test(draft.username.trim().toLowerCase())) problems.push('username');
  if (draft.displayName.trim().length < 2) problems.push('displayName');
  if (draft.password.length < PASSWORD_MIN_LENGTH) problems.push('password');
  if (needsUnit(draft.role) && !draft.unitCode) problems.push('unit');
  return problems;
}

/** The body of POST /api/admin/users. */
export function createBody(draft: AccountDraft): { username: string; displayName: string; password: string; role: Role; unit: ReportingUnitRef | null } {
  return {
    username: draft.username.trim().toLowerCase(),
    displayName: draft.displayName.trim(),
    password: draft.password,
    role: draft.role,
    unit: needsUnit(draft.role) && draft.unitCode ? { kind: draft.unitKind, code: draft.unitCode } : null,
  };
}

/** The body of PATCH /api/admin/users/:id for an edit: only what changed. Null when nothing did. */
export function changeBody(
  account: Pick<AccountDto, 'role' | 'unit'>,
  edit: { role: Role; unitKind: 'agency' | 'commune'; unitCode: string; password: string },
): { role?: Role; unit?: ReportingUnitRef | null; password?: string } | null {
  const body: { role?: Role; unit?: ReportingUnitRef | null; password?: string } = {};
  const unit: ReportingUnitRef | null = needsUnit(edit.role) && edit.unitCode ? { kind: edit.unitKind, code: edit.unitCode } : null;
  const sameUnit = (unit === null && account.unit === null) || (unit !== null && account.unit !== null && unit.kind === account.unit.kind && unit.code === account.unit.code);
  if (edit.role !== account.role) body.role = edit.role;
  if (!sameUnit || body.role !== undefined) body.unit = unit;
  if (edit.password) body.password = edit.password;
  return Object.keys(body).length > 0 ? body : null;
}

/** The address a wall opens once to store its device token. */
export function pairUrl(origin: string, pairPath: string): string {
  return `${origin.replace(/\/+$/, '')}${pairPath.startsWith('/') ? '' : '/'}${pairPath}`;
}
