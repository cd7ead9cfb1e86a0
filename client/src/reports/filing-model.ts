/**
 * Who may do what on a unit's filings, and in which order they are listed
 * (pure, tested). The server decides (shared/src/auth/roles.ts and its scope
 * check); this only shows the buttons it would accept.
 */
import { COMPLIANCE_STATUSES, can, type ComplianceStatus, type FilingSummary, type PrincipalInfo, type ReportingUnitRef, type SubmissionDto, type SubmissionStatus } from '@ioc/shared';

export const sameUnit = (a: ReportingUnitRef | null | undefined, b: ReportingUnitRef | null | undefined): boolean =>
  !!a && !!b && a.kind === b.kind && a.code === b.code;

/** A specialist edits while nothing was filed, in draft, or after a rejection (Điều 7.2, 7.3.a). */
export const EDITABLE: readonly (SubmissionStatus | null)[] = [null, 'draft', 'rejected'];

export type FilingMode = 'edit' | 'decide' | 'read';

/**
 * 'edit': the unit's specialist, while the report is theirs to fill; 'decide':
 * the unit's leader, while it waits for approval; 'read' for everyone else and
 * every other moment.
 */
export function filingMode(principal: Pick<PrincipalInfo, 'role' | 'unit'>, filing: Pick<SubmissionDto, 'unit' | 'status'>): FilingMode {
  if (!sameUnit(principal.unit, filing.unit) || principal.role === 'device') return 'read';
  if (can(principal.role, 'fillReports') && EDITABLE.includes(filing.status)) return 'edit';
  if (can(principal.role, 'decideReports') && filing.status === 'submitted') return 'decide';
  return 'read';
}

const rank = (s: ComplianceStatus) => COMPLIANCE_STATUSES.indexOf(s);

/** Overdue first, then due soon, delivered late, on time and not yet due; earliest deadline first within each. */
export function sortFilings(filings: readonly FilingSummary[]): FilingSummary[] {
  return [...filings].sort(
    (a, b) => rank(a.compliance) - rank(b.compliance) || a.due.localeCompare(b.due) || a.reportName.localeCompare(b.reportName, 'vi') || a.period.localeCompare(b.period),
  );
}

/** A leader's list: what waits for their decision first, then the rest; for anyone else, one list. */
export function groupFilings(filings: readonly FilingSummary[], role: PrincipalInfo['role']): { pending: FilingSummary[]; others: FilingSummary[] } {
  const sorted = sortFilings(filings);
  if (!can(role, 'decideReports')) return { pending: [], others: sorted };
  return { pending: sorted.filter((f) => f.status === 'submitted'), others: sorted.filter((f) => f.status !== 'submitted') };
}

/** The last rejection of a filing's history: who sent it back, when and why. */
export function lastRejection(filing: Pick<SubmissionDto, 'history' | 'rejectionReason' | 'status'>): { reason: string; actorName: string | null; at: string | null } | null {
  if (filing.status !== 'rejected') return null;
  const t = [...filing.history].reverse().find((h) => h.to === 'rejected');
  const reason = filing.rejectionReason ?? t?.reason ?? null;
  return reason === null ? null : { reason, actorName: t?.actorName ?? null, at: t?.at ?? null };
}

/** The minimum length of a rejection reason (Điều 7.3.a; shared decisionInputSchema). */
export const REJECTION_MIN_LENGTH = 5;

export const rejectionReasonValid = (reason: string): boolean => reason.trim().length >= REJECTION_MIN_LENGTH;
