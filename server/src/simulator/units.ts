/**
 * The units the simulator writes rows for, in a fixed order (sorted by code,
 * so the result does not depend on the order the reference arrives in):
 * row 0 is the province unit '14' (the provincial agencies' own share), rows
 * 1…75 the communes; hamlets separately.
 */
import { PROVINCE_CODE, type UnitCode } from '@ioc/shared';
import type { SimulationCommune, SimulationReference } from './reference.js';

export interface ModelCommune extends SimulationCommune {
  /** Row index (1-based: row 0 is the province). */
  row: number;
  /** Indices into ModelUnits.hamlets. */
  hamlets: number[];
  /** Standardised log(area / population): > 0 is sparser than the average commune. */
  sparsityZ: number;
}

export interface ModelHamlet {
  code: UnitCode;
  communeCode: UnitCode;
  /** Index into ModelUnits.communes. */
  commune: number;
}

export interface ModelUnits {
  communes: ModelCommune[];
  hamlets: ModelHamlet[];
  /** Unit codes of the province + commune rows: [PROVINCE_CODE, …communes]. */
  rowCodes: UnitCode[];
  hamletCodes: UnitCode[];
}

export function buildModelUnits(reference: SimulationReference): ModelUnits {
  const sorted = [...reference.communes].sort((a, b) => String(a.code).localeCompare(String(b.code)));
  const logSparsity = sorted.map((c) => Math.log(Math.max(Number(c.areaKm2) || 1, 0.1) / Math.max(Number(c.population) || 1, 1)));
  const mean = logSparsity.reduce((s, x) => s + x, 0) / Math.max(1, logSparsity.length);
  const sd = Math.sqrt(logSparsity.reduce((s, x) => s + (x - mean) ** 2, 0) / Math.max(1, logSparsity.length)) || 1;
  const communes: ModelCommune[] = sorted.map((c, i) => ({
    code: c.code,
    name: c.name,
    type: c.type === 'phường' ? 'phường' : 'xã',
    population: Number(c.population) || 0,
    areaKm2: Number(c.areaKm2) || 0,
    row: i + 1,
    hamlets: [],
    sparsityZ: (logSparsity[i]! - mean) / sd,
  }));
  const byCode = new Map(communes.map((c, i) => [String(c.code), i]));
  const hamlets: ModelHamlet[] = [];
  for (const h of [...reference.hamlets].sort((a, b) => String(a.code).localeCompare(String(b.code)))) {
    const commune = byCode.get(String(h.communeCode));
    if (commune === undefined) continue; // a hamlet of an unknown commune: ignored
    communes[commune]!.hamlets.push(hamlets.length);
    hamlets.push({ code: h.code, communeCode: h.communeCode, commune });
  }
  return {
    communes,
    hamlets,
    rowCodes: [PROVINCE_CODE, ...communes.map((c) => c.code)],
    hamletCodes: hamlets.map((h) => h.code),
  };
}
