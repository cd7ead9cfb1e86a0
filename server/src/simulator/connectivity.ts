/**
 * SIMULATED per-hamlet connectivity: which hamlets had no 4G / no fixed
 * broadband on 1/7/2025, which operator is to serve them, when it was planned
 * and when they got covered. The counts and dates are calibrated on seed 001
 * (see calibration.ts: MOBILE_4G, FIXED_BROADBAND); which hamlets they are is
 * simulated (the demo hamlet registry has no real hamlets): the hamlets are
 * drawn from large, sparsely populated xã, never from a phường.
 */
import type { UnitCode } from '@ioc/shared';
import { FIXED_BROADBAND, MOBILE_4G, SCHEDULE_HORIZON } from './calibration.js';
import type { Rng } from './random.js';
import { StockSeries, type StockEvent } from './stock-series.js';
import { HOUR_MS, dayIndexOf, dayStartMs, workingDaysBetween } from './time.js';
import type { ModelUnits } from './units.js';

export type ConnectivityTechnology = '4g' | 'fixed';
export type TelecomOperator = 'VNPT' | 'Viettel';

export interface HamletConnectivity {
  hamletCode: UnitCode;
  technology: ConnectivityTechnology;
  /** When the hamlet got covered (simulated); null: not covered (yet). */
  coveredSince: Date | null;
  /** Date the operator planned to cover it, as noon local time of that day (the right calendar day in any time zone); null: no plan. */
  plannedDate: Date | null;
  /** Operator asked to cover it; null: no operator plan (the 20 hamlets of seed 001 without one). */
  operator: TelecomOperator | null;
}

export interface ConnectivitySchedule {
  /** Hamlets without the technology at the simulation start, with their plan and coverage. */
  plans: HamletConnectivity[];
  mobile4g: StockSeries;
  fixed: StockSeries;
}

function noonOf(year: number, month: number, day: number): Date {
  return new Date(dayStartMs(dayIndexOf(year, month, day)) + 12 * HOUR_MS);
}

/** A random moment during office hours (08:00–16:00) of a random working day in [from, to]. */
function randomWorkingMoment(rng: Rng, from: [number, number, number], to: [number, number, number]): Date {
  const days = workingDaysBetween(dayIndexOf(...from), dayIndexOf(...to));
  const day = days[rng.int(0, days.length - 1)]!;
  return new Date(dayStartMs(day) + 8 * HOUR_MS + rng.int(0, 16 * 30) * 60_000);
}

/**
 * Picks `count` hamlets, commune by commune with probability ∝ weight, at most
 * `capShare` of a commune's hamlets, skipping those already taken. Falls back to
 * any xã hamlet when the capped candidates run out.
 */
function pickHamlets(units: ModelUnits, rng: Rng, count: number, weight: (c: number) => number, capShare: number, taken: Set<number>): number[] {
  const picked: number[] = [];
  const takenIn = units.communes.map((c) => c.hamlets.filter((h) => taken.has(h)).length);
  for (let k = 0; k < count; k++) {
    let weights = units.communes.map((c, i) =>
      c.type === 'xã' && takenIn[i]! < Math.floor(capShare * c.hamlets.length) && takenIn[i]! < c.hamlets.length ? weight(i) : 0,
    );
    if (!weights.some((w) => w > 0)) weights = units.communes.map((c, i) => (c.type === 'xã' && takenIn[i]! < c.hamlets.length ? 1 : 0));
    if (!weights.some((w) => w > 0)) break;
    const ci = rng.weightedIndex(weights);
    const free = units.communes[ci]!.hamlets.filter((h) => !taken.has(h));
    const h = free[rng.int(0, free.length - 1)]!;
    taken.add(h);
    takenIn[ci]! += 1;
    picked.push(h);
  }
  return picked;
}

export function buildConnectivity(units: ModelUnits, rng: Rng, startMs: number): ConnectivitySchedule {
  // Large and sparse: area × (area per person).
  const score = units.communes.map((c) => (c.type === 'xã' ? c.areaKm2 * (c.areaKm2 / Math.max(1, c.population)) : 0));
  const ranked = score
    .map((s, i) => ({ s, i }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s);
  const top = new Set(ranked.slice(0, 18).map((x) => x.i));

  // ---- 4G: the 69 white-spot hamlets, in the 18 largest, sparsest xã.
  const taken4g = new Set<number>();
  const white = pickHamlets(units, rng, MOBILE_4G.uncoveredAtStart, (i) => (top.has(i) ? score[i]! : 0), 0.5, taken4g);
  const order4g = rng.shuffle(white);
  const plans4g = new Map<number, HamletConnectivity>();
  const noPlan = order4g.slice(0, MOBILE_4G.withoutPlan);
  const vnpt = order4g.slice(MOBILE_4G.withoutPlan, MOBILE_4G.withoutPlan + MOBILE_4G.vnpt);
  const viettelQ2 = order4g.slice(MOBILE_4G.withoutPlan + MOBILE_4G.vnpt, MOBILE_4G.withoutPlan + MOBILE_4G.vnpt + MOBILE_4G.viettelDueQ2);
  const viettelLate = order4g.slice(MOBILE_4G.withoutPlan + MOBILE_4G.vnpt + MOBILE_4G.viettelDueQ2);
  const set4g = (h: number, operator: TelecomOperator | null, plannedDate: Date | null) =>
    plans4g.set(h, { hamletCode: units.hamlets[h]!.code, technology: '4g', coveredSince: null, plannedDate, operator });
  for (const h of noPlan) set4g(h, null, null);
  for (const h of vnpt) set4g(h, 'VNPT', noonOf(2025, 12, 31));
  for (const h of viettelQ2) set4g(h, 'Viettel', noonOf(2025, 6, 30));
  for (const h of viettelLate) set4g(h, 'Viettel', noonOf(2025, 12, 31));

  // Of the 49 with a plan, 26 are covered by 10/11/2025 (the overdue Q2 ones first), the other 23 by 31/12/2025.
  const planned = [...vnpt, ...viettelQ2, ...viettelLate];
  const weights: number[] = planned.map((h) => (viettelQ2.includes(h) ? 3 : vnpt.includes(h) ? 1.5 : 1));
  const early = new Set<number>();
  while (early.size < Math.min(MOBILE_4G.coveredBy10Nov2025, planned.length)) {
    const i = rng.weightedIndex(weights);
    early.add(planned[i]!);
    weights[i] = 0;
  }
  let late = 0;
  for (const h of planned) {
    const plan = plans4g.get(h)!;
    if (early.has(h)) plan.coveredSince = randomWorkingMoment(rng, [2025, 7, 7], [2025, 11, 10]);
    else if (late++ < MOBILE_4G.coveredBy31Dec2025 - MOBILE_4G.coveredBy10Nov2025) plan.coveredSince = randomWorkingMoment(rng, [2025, 11, 11], [2025, 12, 31]);
  }
  // SIMULATED: no seed says when the 20 hamlets without a plan get 4G; a few in 2026, some more in 2027.
  noPlan.forEach((h, k) => {
    const plan = plans4g.get(h)!;
    if (k < MOBILE_4G.withoutPlanCovered2026) plan.coveredSince = randomWorkingMoment(rng, [2026, 3, 2], [2026, 11, 13]);
    else if (k < MOBILE_4G.withoutPlanCovered2026 + MOBILE_4G.withoutPlanCovered2027) plan.coveredSince = randomWorkingMoment(rng, [2027, 2, 1], [2027, 11, 30]);
  });

  // ---- Fixed broadband: 449 hamlets, the 69 white spots among them, the rest from sparse xã.
  const takenFixed = new Set<number>(white);
  const more = pickHamlets(units, rng, Math.max(0, FIXED_BROADBAND.uncoveredAtStart - white.length), (i) => Math.pow(score[i]!, 0.7), 0.6, takenFixed);
  const noFixed = [...white, ...more];
  // Remote white spots tend to get fibre later.
  const keyed = noFixed.map((h) => ({ h, key: rng.next() + (taken4g.has(h) ? 0.4 : 0) })).sort((a, b) => a.key - b.key);
  const plansFixed = new Map<number, HamletConnectivity>();
  keyed.forEach(({ h }, k) => {
    const coveredSince =
      k < FIXED_BROADBAND.connectedBy2025
        ? randomWorkingMoment(rng, [2025, 7, 14], [2025, 12, 31])
        : k < FIXED_BROADBAND.connectedBy2026
          ? randomWorkingMoment(rng, [2026, 1, 5], [2026, 12, 31])
          : randomWorkingMoment(rng, [2027, 1, 4], [2027, 6, 30]);
    plansFixed.set(h, {
      hamletCode: units.hamlets[h]!.code,
      technology: 'fixed',
      coveredSince,
      plannedDate: k < FIXED_BROADBAND.plannedFor2025 ? noonOf(2025, 12, 31) : noonOf(2026, 12, 31),
      operator: rng.chance(0.6) ? 'VNPT' : 'Viettel',
    });
  });

  const series = (plans: Map<number, HamletConnectivity>) => {
    const events: StockEvent[] = units.hamlets.map((_, h) => ({ t: startMs, unit: h, numerator: plans.has(h) ? 0 : 1, denominator: 1 }));
    for (const [h, plan] of plans) {
      const t = plan.coveredSince?.getTime();
      if (t !== undefined && t > startMs && t < SCHEDULE_HORIZON.getTime()) events.push({ t, unit: h, numerator: 1, denominator: 1 });
    }
    return new StockSeries(units.hamletCodes, events);
  };

  const byHamlet = (a: HamletConnectivity, b: HamletConnectivity) => a.hamletCode.localeCompare(b.hamletCode);
  return {
    plans: [...[...plans4g.values()].sort(byHamlet), ...[...plansFixed.values()].sort(byHamlet)],
    mobile4g: series(plans4g),
    fixed: series(plansFixed),
  };
}

/** The plans as known at `at`: coverage after `at` is not a fact yet. */
export function connectivityAsOf(plans: readonly HamletConnectivity[], at: Date | undefined): HamletConnectivity[] {
  if (!at) return plans.map((p) => ({ ...p }));
  return plans.map((p) => ({ ...p, coveredSince: p.coveredSince && p.coveredSince <= at ? p.coveredSince : null }));
}
