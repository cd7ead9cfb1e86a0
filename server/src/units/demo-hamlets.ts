/**
 * DEMO hamlet registry. No public registry of the hamlets (thôn, bản, tổ dân
 * phố) of the 75 post-2025 communes exists, so the product ships a clearly
 * labelled, generated one until the province provides its own list:
 *
 * - exactly 2.233 hamlets, the number of community digital-technology teams,
 *   one per hamlet (001_efedd52ede19b928.txt: "2.233 Tổ Công nghệ số cộng đồng
 *   … đạt 100% tổng số thôn/bản");
 * - spread over the communes in proportion to a mix of population (60 %) and
 *   area (40 %), at least 8 per commune; deterministic (no randomness at all);
 * - codes: commune code + 3-digit sequence ("03646001");
 * - names are deliberately generic ("Tổ dân phố số 1" in a phường, "Bản số 1" in
 *   a xã): realistic invented names would be mistaken for real hamlets.
 */
import { asUnitCode, type UnitCode } from '@ioc/shared';

export const DEMO_HAMLET_TOTAL = 2233;
export const DEMO_HAMLET_MIN_PER_COMMUNE = 8;
/** Weight of population in the mix; the rest is area. */
const POPULATION_WEIGHT = 0.6;

export interface DemoHamletCommune {
  code: UnitCode | string;
  type: 'xã' | 'phường' | string;
  population: number;
  areaKm2: number;
}

export interface DemoHamlet {
  code: UnitCode;
  communeCode: UnitCode;
  name: string;
  type: 'bản' | 'tổ dân phố';
}

/** How many hamlets each commune gets (same order as the input). */
export function demoHamletCounts(communes: readonly DemoHamletCommune[], total = DEMO_HAMLET_TOTAL, min = DEMO_HAMLET_MIN_PER_COMMUNE): number[] {
  const n = communes.length;
  if (n === 0) return [];
  if (n * min > total) throw new Error(`cannot give ${n} communes at least ${min} of ${total} hamlets`);
  const pop = communes.map((c) => Math.max(0, Number(c.population) || 0));
  const area = communes.map((c) => Math.max(0, Number(c.areaKm2) || 0));
  const popSum = pop.reduce((s, x) => s + x, 0) || 1;
  const areaSum = area.reduce((s, x) => s + x, 0) || 1;
  const weight = communes.map((_, i) => POPULATION_WEIGHT * (pop[i]! / popSum) + (1 - POPULATION_WEIGHT) * (area[i]! / areaSum) + 1e-9);

  // Proportional shares; communes whose share falls below the minimum are pinned
  // to it and the rest is shared again among the others, until stable.
  const pinned = new Array<boolean>(n).fill(false);
  let quota: number[];
  for (;;) {
    const free = total - min * pinned.filter(Boolean).length;
    const freeWeight = weight.reduce((s, w, i) => (pinned[i] ? s : s + w), 0);
    quota = weight.map((w, i) => (pinned[i] ? min : (free * w) / freeWeight));
    let changed = false;
    quota.forEach((q, i) => {
      if (!pinned[i] && q < min) {
        pinned[i] = true;
        changed = true;
      }
    });
    if (!changed) break;
  }

  // Largest remainder, ties broken by code so that the result does not depend on the input order.
  const counts = quota.map((q) => Math.floor(q));
  let left = total - counts.reduce((s, c) => s + c, 0);
  const order = quota
    .map((q, i) => ({ i, r: q - Math.floor(q), code: String(communes[i]!.code) }))
    .sort((a, b) => b.r - a.r || a.code.localeCompare(b.code));
  for (let k = 0; left > 0; k = (k + 1) % n, left--) counts[order[k]!.i]! += 1;
  return counts;
}

/** The demo registry: 2.233 generically named hamlets over the given communes. */
export function generateDemoHamlets(communes: readonly DemoHamletCommune[]): DemoHamlet[] {
  const counts = demoHamletCounts(communes);
  const out: DemoHamlet[] = [];
  communes.forEach((c, i) => {
    const count = counts[i]!;
    if (count > 999) throw new Error(`commune ${c.code}: more than 999 hamlets do not fit a 3-digit sequence`);
    const isWard = c.type === 'phường';
    for (let k = 1; k <= count; k++) {
      out.push({
        code: asUnitCode(`${c.code}${String(k).padStart(3, '0')}`),
        communeCode: asUnitCode(String(c.code)),
        name: isWard ? `Tổ dân phố số ${k}` : `Bản số ${k}`,
        type: isWard ? 'tổ dân phố' : 'bản',
      });
    }
  });
  return out;
}
