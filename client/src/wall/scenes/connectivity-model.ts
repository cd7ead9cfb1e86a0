/**
 * The connectivity scene's figures from `GET /api/connectivity` (the hamlets
 * that lacked 4G or fixed broadband when the records began): per technology,
 * how many are covered since, planned, overdue or without any plan, by operator;
 * per commune, how many hamlets still wait and the nearest planned date.
 */
import {
  CONNECTIVITY_TECHNOLOGIES,
  type AdminUnit,
  type ConnectivityResponse,
  type ConnectivityStatus,
  type ConnectivityTechnology,
} from '@ioc/shared';

export interface TechnologySummary {
  hamlets: number;
  covered: number;
  /** Tracked hamlets (without the technology when the records began) by status now. */
  byStatus: Record<ConnectivityStatus, number>;
  /** Hamlets still waiting, by the operator asked to serve them (null: none). */
  waitingByOperator: { operator: string | null; count: number }[];
}

export interface CommuneGap {
  code: string;
  name: string;
  waiting: Record<ConnectivityTechnology, number>;
  overdue: number;
  noPlan: number;
  /** Nearest planned date (yyyy-mm-dd) of a waiting hamlet, any technology. */
  nextPlanned: string | null;
}

export interface ConnectivitySummary {
  technologies: Record<ConnectivityTechnology, TechnologySummary>;
  /** Communes with hamlets still waiting, most waiting for 4G first. */
  communes: CommuneGap[];
}

const emptyStatus = (): Record<ConnectivityStatus, number> => ({ covered: 0, planned: 0, overdue: 0, no_plan: 0 });

export function summariseConnectivity(data: ConnectivityResponse, communes: readonly Pick<AdminUnit, 'code' | 'name'>[]): ConnectivitySummary {
  const names = new Map(communes.map((c) => [c.code as string, c.name]));
  const technologies = Object.fromEntries(
    CONNECTIVITY_TECHNOLOGIES.map((tech) => [tech, { ...data.totals[tech], byStatus: emptyStatus(), waitingByOperator: [] as TechnologySummary['waitingByOperator'] }]),
  ) as Record<ConnectivityTechnology, TechnologySummary>;
  const operators = new Map<string, number>();
  const byCommune = new Map<string, CommuneGap>();
  for (const h of data.hamlets) {
    if (!h.tracked) continue;
    technologies[h.technology].byStatus[h.status] += 1;
    if (h.status === 'covered') continue;
    const opKey = `${h.technology}|${h.operator ?? ''}`;
    operators.set(opKey, (operators.get(opKey) ?? 0) + 1);
    let gap = byCommune.get(h.communeCode);
    if (!gap) {
      gap = { code: h.communeCode, name: names.get(h.communeCode) ?? h.communeCode, waiting: { '4g': 0, fixed: 0 }, overdue: 0, noPlan: 0, nextPlanned: null };
      byCommune.set(h.communeCode, gap);
    }
    gap.waiting[h.technology] += 1;
    if (h.status === 'overdue') gap.overdue += 1;
    if (h.status === 'no_plan') gap.noPlan += 1;
    if (h.status === 'planned' && h.plannedDate && (gap.nextPlanned === null || h.plannedDate < gap.nextPlanned)) gap.nextPlanned = h.plannedDate;
  }
  for (const [key, count] of operators) {
    const [tech, operator] = key.split('|') as [ConnectivityTechnology, string];
    technologies[tech].waitingByOperator.push({ operator: operator || null, count });
  }
  for (const tech of CONNECTIVITY_TECHNOLOGIES) {
    // Operators by count; "no operator" last, as it reads as the remainder.
    technologies[tech].waitingByOperator.sort((a, b) => (a.operator === null ? 1 : 0) - (b.operator === null ? 1 : 0) || b.count - a.count);
  }
  const list = [...byCommune.values()].sort(
    (a, b) => b.waiting['4g'] - a.waiting['4g'] || b.waiting.fixed - a.waiting.fixed || a.name.localeCompare(b.name, 'vi'),
  );
  return { technologies, communes: list };
}
