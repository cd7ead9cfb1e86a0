/**
 * Who has delivered (Điều 12 of seed 002: the Office of the People's Committee
 * checks daily which agencies and communes have updated their data). A filing
 * counts as delivered when it is submitted to the unit's leader or approved; a
 * rejected one is back with the specialist and counts as not delivered.
 */
import type { ReportingUnitRef } from '../auth/roles.js';
import { addDays, isWorkingDay, toLocalIsoDate, type IsoDate } from './holidays.js';
import type { SubmissionStatus } from './submissions.js';

export const COMPLIANCE_STATUSES = ['overdue', 'due-soon', 'late', 'on-time', 'not-due'] as const;
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number];

export const COMPLIANCE_LABELS: Record<ComplianceStatus, { vi: string; en: string }> = {
  overdue: { vi: 'Quá hạn, chưa nộp', en: 'Overdue, not delivered' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  late: { vi: 'Đã nộp muộn', en: 'Delivered late' },
  'on-time': { vi: 'Đã nộp đúng hạn', en: 'Delivered on time' },
  'not-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

/** A reminder is due this many working days before the deadline, and every day after it. */
export const REMINDER_WORKING_DAYS = 3;

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not after `from`. */
export function workingDaysUntil(from: IsoDate, to: IsoDate): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d)) n += 1;
  return n;
}

/** The status of one filing on `now` (its local day), given its deadline and when it was delivered. */
export function complianceStatus(due: IsoDate, deliveredAt: Date | null, now: Date): ComplianceStatus {
  if (deliveredAt) return toLocalIsoDate(deliveredAt) <= due ? 'on-time' : 'late';
  const today = toLocalIsoDate(now);
  if (today > due) return 'overdue';
  return workingDaysUntil(today, due) <= REMINDER_WORKING_DAYS ? 'due-soon' : 'not-due';
}

/** Whether a status calls for a reminder to the unit. */
export const needsReminder = (status: ComplianceStatus): boolean => status === 'overdue' || status === 'due-soon';

export interface ComplianceRow {
  template: string;
  reportName: string;
  reportKind: 'periodic' | 'thematic' | 'ad-hoc';
  unit: ReportingUnitRef & { name: string };
  period: string;
  periodLabel: string;
  due: IsoDate;
  status: ComplianceStatus;
  workflowStatus: SubmissionStatus | null;
  deliveredAt: string | null;
  isDemo: boolean;
}

export type ComplianceCounts = Record<ComplianceStatus, number>;

export interface ComplianceUnitSummary {
  unit: ReportingUnitRef & { name: string };
  counts: ComplianceCounts;
  /** The worst status of the unit's filings, in the order of COMPLIANCE_STATUSES. */
  worst: ComplianceStatus;
}

export interface ComplianceResponse {
  asOf: string;
  today: IsoDate;
  rows: ComplianceRow[];
  totals: { agency: ComplianceCounts; commune: ComplianceCounts };
  units: ComplianceUnitSummary[];
  /** Filings that call for a reminder (overdue or due within REMINDER_WORKING_DAYS working days). */
  reminders: ComplianceRow[];
  /** True when some filings counted are demo data. */
  includesDemo: boolean;
}

export const emptyCounts = (): ComplianceCounts => ({ overdue: 0, 'due-soon': 0, late: 0, 'on-time': 0, 'not-due': 0 });

/** Totals and per-unit summaries of the rows, units ordered worst first then by name. */
export function summariseCompliance(rows: readonly ComplianceRow[]): Pick<ComplianceResponse, 'totals' | 'units' | 'reminders'> {
  const totals = { agency: emptyCounts(), commune: emptyCounts() };
  const byUnit = new Map<string, ComplianceUnitSummary>();
  for (const row of rows) {
    totals[row.unit.kind][row.status] += 1;
    const key = `${row.unit.kind}:${row.unit.code}`;
    let s = byUnit.get(key);
    if (!s) byUnit.set(key, (s = { unit: row.unit, counts: emptyCounts(), worst: 'not-due' }));
    s.counts[row.status] += 1;
    if (COMPLIANCE_STATUSES.indexOf(row.status) < COMPLIANCE_STATUSES.indexOf(s.worst)) s.worst = row.status;
  }
  const rank = (s: ComplianceStatus) => COMPLIANCE_STATUSES.indexOf(s);
  const units = [...byUnit.values()].sort((a, b) => rank(a.worst) - rank(b.worst) || b.counts[b.worst] - a.counts[a.worst] || a.unit.name.localeCompare(b.unit.name, 'vi'));
  const reminders = rows.filter((r) => needsReminder(r.status)).sort((a, b) => a.due.localeCompare(b.due) || a.unit.name.localeCompare(b.unit.name, 'vi'));
  return { totals, units, reminders };
}
