/**
 * Who may do what (Quy định 228/QĐ-UBND, seed 002, Điều 10–11: accounts and
 * permissions per unit). People have one role and, for agency and commune
 * staff, one reporting unit; wall screens sign in with a device token and may
 * only read. The server checks every route against this table; the client uses
 * it only to hide what would be refused.
 */

export const ROLES = ['specialist', 'leader', 'operator', 'viewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { vi: string; en: string }> = {
  specialist: { vi: 'Chuyên viên tổng hợp', en: 'Reporting specialist' },
  leader: { vi: 'Lãnh đạo đơn vị', en: 'Unit leader' },
  operator: { vi: 'Cán bộ vận hành IOC', en: 'IOC operator' },
  viewer: { vi: 'Lãnh đạo tỉnh (xem)', en: 'Leadership viewer' },
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
};

/** Roles that act for one reporting unit (an agency or a commune) and must have one. */
export const UNIT_ROLES: readonly Role[] = ['specialist', 'leader'];

/** A reporting unit: one of the agencies of the annex, or one of the 75 communes (Điều 8.1.b). */
export interface ReportingUnitRef {
  kind: 'agency' | 'commune';
  code: string;
}

export const PERMISSIONS = {
  /** Dashboards, metrics, compliance: every signed-in person and every wall device. */
  readDashboards: ['specialist', 'leader', 'operator', 'viewer', 'admin', 'device'],
  /** Reports of any unit (read-only); staff of a unit read their own unit's. */
  readAllReports: ['operator', 'viewer', 'admin'],
  /** Create and edit drafts, submit (Điều 7.2). */
  fillReports: ['specialist'],
  /** Approve or reject with a reason (Điều 7.3). */
  decideReports: ['leader'],
  /** Thematic and ad hoc reports of one's own (lead) agency (Điều 4, 6.3). */
  createThematicReports: ['leader', 'admin'],
  /** Public keys that verify a unit's signatures: the unit's leader for the unit, or an administrator. */
  registerSigningKeys: ['leader', 'admin'],
  /** Wall screens: pair, list and revoke device tokens; reload screens. */
  manageDevices: ['operator', 'admin'],
  /** Accounts and roles (Điều 11.2: Sở KH&CN, formerly Sở TT&TT, manages accounts). */
  manageAccounts: ['admin'],
  readAudit: ['admin'],
} as const satisfies Record<string, readonly (Role | 'device')[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | 'device', permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly string[]).includes(role);
}

/** The signed-in principal as the API reports it (GET /api/auth/me). */
export interface PrincipalInfo {
  kind: 'user' | 'device';
  id: string;
  /** Username of a person, or the name given to a wall screen. */
  name: string;
  displayName: string;
  role: Role | 'device';
  unit: (ReportingUnitRef & { name: string }) | null;
  /** Demo accounts are created by the embedded quick start and labelled on screen. */
  isDemo: boolean;
  /** Session idle timeout, for the client's warning; null for a device. */
  idleTimeoutSeconds: number | null;
}

export const PASSWORD_MIN_LENGTH = 12;
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
