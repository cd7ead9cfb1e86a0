/**
 * A commune's hamlets with their 4G and fixed-broadband records side by side
 * (`GET /api/connectivity?commune=` lists one record per hamlet and technology).
 */
import type { ConnectivityTechnology, HamletConnectivityRecord } from '@ioc/shared';

export interface HamletRow {
  code: string;
  name: string;
  byTechnology: Partial<Record<ConnectivityTechnology, HamletConnectivityRecord>>;
  simulated: boolean;
}

export function hamletRows(records: readonly HamletConnectivityRecord[]): HamletRow[] {
  const rows = new Map<string, HamletRow>();
  for (const r of records) {
    let row = rows.get(r.hamletCode);
    if (!row) {
      row = { code: r.hamletCode, name: r.hamletName, byTechnology: {}, simulated: false };
      rows.set(r.hamletCode, row);
    }
    row.byTechnology[r.technology] = r;
    row.simulated ||= r.simulated;
  }
  // Hamlets still waiting for a technology first, then by code.
  const waiting = (row: HamletRow) => Object.values(row.byTechnology).some((r) => r.status !== 'covered');
  return [...rows.values()].sort((a, b) => Number(waiting(b)) - Number(waiting(a)) || a.code.localeCompare(b.code));
}
