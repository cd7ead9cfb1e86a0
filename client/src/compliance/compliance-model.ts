/**
 * What the compliance page and the wall show of GET /api/compliance (Điều 12 of
 * seed 002): filters, units worst first, reminders with how late they are, the
 * units overdue longest, the communes by status. Pure, tested.
 */
import {
  COMPLIANCE_STATUSES,
  emptyCounts,
  workingDaysUntil,
  type ComplianceCounts,
  type ComplianceResponse,
  type ComplianceRow,
  type ComplianceStatus,
  type ComplianceUnitSummary,
} from '@ioc/shared';

export type UnitKind = 'agency' | 'commune';
export type KindFilter = UnitKind | 'all';
export type StatusFilter = ComplianceStatus | 'all';

export const KIND_FILTERS: readonly KindFilter[] = ['all', 'agency', 'commune'];
export const STATUS_FILTERS: readonly StatusFilter[] = ['all', ...COMPLIANCE_STATUSES];

export function isKindFilter(v: string | null): v is KindFilter {
  return v !== null && (KIND_FILTERS as readonly string[]).includes(v);
}

export function isStatusFilter(v: string | null): v is StatusFilter {
  return v !== null && (STATUS_FILTERS as readonly string[]).includes(v);
}

export const statusRank = (s: ComplianceStatus): number => COMPLIANCE_STATUSES.indexOf(s);

const DAY_MS = 86_400_000;

/** Calendar days from `from` to `to` (ISO days), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** How far a filing is from its deadline on `today`: calendar days late, or working days left. */
export function lateness(row: Pick<ComplianceRow, 'due' | 'status'>, today: string): { kind: 'late'; days: number } | { kind: 'left'; workingDays: number } | null {
  if (row.status === 'overdue') return { kind: 'late', days: Math.max(1, daysBetween(row.due, today)) };
  if (row.status === 'due-soon') return { kind: 'left', workingDays: workingDaysUntil(today, row.due) };
  return null;
}

export interface ComplianceFilter {
  kind: KindFilter;
  status: StatusFilter;
}

const kindMatches = (kind: KindFilter, unitKind: UnitKind) => kind === 'all' || kind === unitKind;

/** The units of the filter, worst first: a unit matches a status filter when it has a filing of that status. */
export function filterUnits(units: readonly ComplianceUnitSummary[], filter: ComplianceFilter): ComplianceUnitSummary[] {
  return sortUnits(units.filter((u) => kindMatches(filter.kind, u.unit.kind) && (filter.status === 'all' || u.counts[filter.status] > 0)));
}

/** Worst status first; among equals, more filings of that status first, then by name. */
export function sortUnits(units: readonly ComplianceUnitSummary[]): ComplianceUnitSummary[] {
  return [...units].sort((a, b) => statusRank(a.worst) - statusRank(b.worst) || b.counts[b.worst] - a.counts[a.worst] || a.unit.name.localeCompare(b.unit.name, 'vi'));
}

/** The filings of the filter, worst status first, then the oldest deadline, unit and report. */
export function filterRows(rows: readonly ComplianceRow[], filter: ComplianceFilter): ComplianceRow[] {
  return rows
    .filter((r) => kindMatches(filter.kind, r.unit.kind) && (filter.status === 'all' || r.status === filter.status))
    .sort(
      (a, b) =>
        statusRank(a.status) - statusRank(b.status) ||
        a.due.localeCompare(b.due) ||
        a.unit.name.localeCompare(b.unit.name, 'vi') ||
        a.reportName.localeCompare(b.reportName, 'vi') ||
        a.period.localeCompare(b.period),
    );
}

/** Reminders of the filter: overdue first (oldest deadline first), then due soon. */
export function filterReminders(reminders: readonly ComplianceRow[], filter: ComplianceFilter): ComplianceRow[] {
  return filterRows(reminders, filter);
}

/** The totals of a kind of unit, or of both added. */
export function totalsOf(data: Pick<ComplianceResponse, 'totals'>, kind: KindFilter): ComplianceCounts {
  if (kind !== 'all') return data.totals[kind];
  const sum = emptyCounts();
  for (const s of COMPLIANCE_STATUSES) sum[s] = data.totals.agency[s] + data.totals.commune[s];
  return sum;
}

export const countAll = (counts: ComplianceCounts): number => COMPLIANCE_STATUSES.reduce((n, s) => n + counts[s], 0);

export interface OverdueUnit {
  unit: ComplianceRow['unit'];
  /** Filings not delivered past their deadline. */
  overdue: number;
  /** Calendar days since the oldest missed deadline. */
  longestDays: number;
}

/** Units with overdue filings, the one overdue longest first (then the most overdue filings, then by name). */
export function longestOverdue(rows: readonly ComplianceRow[], today: string, limit: number): OverdueUnit[] {
  const byUnit = new Map<string, OverdueUnit>();
  for (const r of rows) {
    if (r.status !== 'overdue') continue;
    const key = `${r.unit.kind}:${r.unit.code}`;
    const days = Math.max(1, daysBetween(r.due, today));
    const u = byUnit.get(key);
    if (u) {
      u.overdue += 1;
      u.longestDays = Math.max(u.longestDays, days);
    } else byUnit.set(key, { unit: r.unit, overdue: 1, longestDays: days });
  }
  return [...byUnit.values()].sort((a, b) => b.longestDays - a.longestDays || b.overdue - a.overdue || a.unit.name.localeCompare(b.unit.name, 'vi')).slice(0, limit);
}

export interface CommuneCell {
  code: string;
  name: string;
  /** The worst status of the commune's filings; null when it files nothing this period. */
  status: ComplianceStatus | null;
  counts: ComplianceCounts;
}

/**
 * Every commune filing in the period, worst status first then by name, so what
 * is red gathers at the top of the wall's grid.
 */
export function communeCells(units: readonly ComplianceUnitSummary[]): CommuneCell[] {
  return sortUnits(units.filter((u) => u.unit.kind === 'commune')).map((u) => ({ code: u.unit.code, name: u.unit.name, status: u.worst, counts: u.counts }));
}

/** "Phường Chiềng Cơi" → "Chiềng Cơi": the wall's grid has room for the name only. */
export function shortUnitName(name: string): string {
  return name.replace(/^(Xã|Phường|Thị trấn)\s+/u, '');
}

export interface StatusTally {
  status: ComplianceStatus;
  count: number;
}

/** The statuses of a unit's filings with their counts, worst first, zeros left out. */
export function tallies(counts: ComplianceCounts): StatusTally[] {
  return COMPLIANCE_STATUSES.filter((s) => counts[s] > 0).map((status) => ({ status, count: counts[status] }));
}
