/** What /admin reads and writes (server/src/auth/admin-routes.ts): accounts, wall devices and the audit log. */
import type { ReportingUnitRef, Role } from './roles.js';

export interface AccountDto {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unit: (ReportingUnitRef & { name: string }) | null;
  lockedUntil: string | null;
  disabled: boolean;
  isDemo: boolean;
  createdAt: string;
}

export interface DeviceDto {
  id: string;
  name: string;
  createdBy: string | null;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
}

/** POST /api/devices: the token is in this answer only. */
export interface CreatedDevice {
  device: DeviceDto;
  token: string;
  pairPath: string;
}

/** What the audit log records (issue 5.7): sign-ins, writes, approvals, rejections, exports, role changes… */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.session-expired',
  'auth.locked',
  'account.create',
  'account.role-change',
  'account.unlock',
  'account.disable',
  'account.password-change',
  'device.create',
  'device.revoke',
  'device.pair',
  'signing-key.register',
  'signing-key.revoke',
  'report.template-create',
  'report.draft-save',
  'report.submit',
  'report.approve',
  'report.reject',
  'report.upload',
  'export',
  'audit.purge',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditActorKind = 'user' | 'device' | 'api-key' | 'system' | 'anonymous';

export interface AuditEntryDto {
  id: number;
  at: string;
  action: AuditAction;
  outcome: 'success' | 'failure';
  actor: { kind: AuditActorKind; id: string | null; name: string | null };
  target: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}
