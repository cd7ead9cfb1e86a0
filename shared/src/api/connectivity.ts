/**
 * Per-hamlet connectivity (4G, fixed broadband): `GET /api/connectivity`.
 * The status is derived in one place from the record's dates.
 */

export const CONNECTIVITY_TECHNOLOGIES = ['4g', 'fixed'] as const;
export type ConnectivityTechnology = (typeof CONNECTIVITY_TECHNOLOGIES)[number];

/**
 * covered: has the technology (since `coveredSince`, or before the records began);
 * planned: an operator plans it for a date not yet passed; overdue: the planned
 * date has passed without coverage; no_plan: not covered and no operator plan.
 */
export type ConnectivityStatus = 'covered' | 'planned' | 'overdue' | 'no_plan';

export interface HamletConnectivityRecord {
  hamletCode: string;
  hamletName: string;
  communeCode: string;
  technology: ConnectivityTechnology;
  status: ConnectivityStatus;
  /** ISO instant; null when covered before the records began or not covered. */
  coveredSince: string | null;
  /** yyyy-mm-dd, the operator's planned date. */
  plannedDate: string | null;
  operator: string | null;
  /** False for hamlets covered before the records began (no row in the plan table). */
  tracked: boolean;
  simulated: boolean;
}

export interface ConnectivityResponse {
  /** The commune asked for, or null for the whole province (then only tracked hamlets are listed). */
  commune: string | null;
  generatedAt: string;
  simulated: boolean;
  /** Hamlets in scope per technology, and how many have it now (tracked or not). */
  totals: Record<ConnectivityTechnology, { hamlets: number; covered: number }>;
  hamlets: HamletConnectivityRecord[];
}

/** The status of a hamlet's record at `today` (yyyy-mm-dd, local). */
export function connectivityStatus(coveredSince: string | null, plannedDate: string | null, today: string): ConnectivityStatus {
  if (coveredSince !== null) return 'covered';
  if (plannedDate === null) return 'no_plan';
  return plannedDate < today ? 'overdue' : 'planned';
}
