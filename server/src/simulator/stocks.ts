/**
 * Schedules of the province-level and budget stock indicators (SIMULATED
 * paths through the seed figures of calibration.ts):
 * - DVC.TOAN_TRINH: full-online procedures / eligible procedures, changing a few
 *   procedures at a time on working days, exactly 388/869 on 25/8/2025 and
 *   941/1.065 on 28/12/2025;
 * - SOHOA.LUU_TRU: archive pages digitised, updated weekly, 6.047.286 / 15.125.234
 *   at the update of 28/11/2025;
 * - NGANSACH.GIAI_NGAN_KHCN: budget disbursed / allocated (triệu đồng) for the
 *   province row and the 75 communes, reported weekly along an S-curve, 30,77 % of
 *   197.548 triệu đồng in total at the compilation of 20/12/2025.
 */
import { ARCHIVE_PAGES, FULL_ONLINE_ANCHORS, SCHEDULE_HORIZON, SCIENCE_BUDGET } from './calibration.js';
import type { Rng } from './random.js';
import { StockSeries, type StockEvent } from './stock-series.js';
import {
  HOUR_MS,
  dayIndexOf,
  dayIndexOfMs,
  dayStartMs,
  isWorkingDay,
  weekdayOfDay,
  workingDayOnOrBefore,
  workingDaysBetween,
  yearFraction,
} from './time.js';
import type { ModelUnits } from './units.js';

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** DVC.TOAN_TRINH for the province unit (row 0 of `units`). */
export function buildFullOnline(rowCodes: ModelUnits['rowCodes'], rng: Rng, startMs: number): StockSeries {
  const first = FULL_ONLINE_ANCHORS[0]!;
  const events: StockEvent[] = [{ t: startMs, unit: 0, numerator: first.numerator, denominator: first.denominator }];
  let n = first.numerator;
  let d = first.denominator;
  const startDay = dayIndexOfMs(startMs);
  for (let i = 1; i < FULL_ONLINE_ANCHORS.length; i++) {
    const anchor = FULL_ONLINE_ANCHORS[i]!;
    const fromDay = i === 1 ? startDay : dayIndexOf(...FULL_ONLINE_ANCHORS[i - 1]!.day) + 1;
    const days = workingDaysBetween(fromDay, dayIndexOf(...anchor.day));
    if (days.length === 0) continue;
    // Procedures go full-online a few at a time on most working days…
    const active = days.filter(() => rng.chance(0.8));
    if (active.length === 0) active.push(days[days.length - 1]!);
    const incN = rng.multinomial(Math.max(0, anchor.numerator - n), active.map(() => rng.lognormal(0.6)));
    // … while the list of eligible procedures grows in a few larger decisions.
    const dd = Math.max(0, anchor.denominator - d);
    const batches = dd > 0 ? Math.min(days.length, Math.max(1, Math.round(dd / 22))) : 0;
    const batchDays = rng.shuffle(days).slice(0, batches).sort((a, b) => a - b);
    const incD = rng.multinomial(dd, batchDays.map(() => rng.lognormal(0.5)));
    const addN = new Map(active.map((day, k) => [day, incN[k]!]));
    const addD = new Map(batchDays.map((day, k) => [day, incD[k]!]));
    let pending = 0;
    days.forEach((day, k) => {
      pending += addN.get(day) ?? 0;
      const newD = d + (addD.get(day) ?? 0);
      const last = k === days.length - 1;
      const newN = last ? anchor.numerator : Math.min(n + pending, newD);
      if (newN === n && newD === d) return;
      pending -= newN - n;
      n = newN;
      d = newD;
      events.push({ t: dayStartMs(day) + 14 * HOUR_MS + rng.int(0, 150) * 60_000, unit: 0, numerator: n, denominator: d });
    });
    d = anchor.denominator;
    n = anchor.numerator;
  }
  return new StockSeries(rowCodes.slice(0, 1), events);
}

/** Weekly update days (the last working day of each Monday-to-Friday week) from fromDay to toDay. */
function weeklyDays(fromDay: number, toDay: number): number[] {
  const out: number[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    if (weekdayOfDay(day) !== 5) continue; // Friday, or the last working day before it
    let d = day;
    while (!isWorkingDay(d) && weekdayOfDay(d) !== 0) d--;
    if (isWorkingDay(d) && d >= fromDay) out.push(d);
  }
  return out;
}

/** SOHOA.LUU_TRU for the province unit. */
export function buildArchive(rowCodes: ModelUnits['rowCodes'], rng: Rng, startMs: number): StockSeries {
  const total = ARCHIVE_PAGES.total;
  const events: StockEvent[] = [{ t: startMs, unit: 0, numerator: ARCHIVE_PAGES.startPages, denominator: total }];
  const anchorDay = dayIndexOf(...ARCHIVE_PAGES.anchorDay);
  const at = (day: number) => dayStartMs(day) + 16 * HOUR_MS + 30 * 60_000;
  const before = weeklyDays(dayIndexOfMs(startMs), anchorDay);
  if (before[before.length - 1] !== anchorDay) before.push(anchorDay);
  const inc = rng.multinomial(ARCHIVE_PAGES.anchorPages - ARCHIVE_PAGES.startPages, before.map(() => rng.lognormal(0.35)));
  let pages = ARCHIVE_PAGES.startPages;
  before.forEach((day, k) => {
    pages += inc[k]!;
    events.push({ t: at(day), unit: 0, numerator: pages, denominator: total });
  });
  // SIMULATED after November 2025: about the same weekly pace, never past the total.
  for (const day of weeklyDays(anchorDay + 1, dayIndexOfMs(SCHEDULE_HORIZON.getTime()) - 1)) {
    const add = Math.round(ARCHIVE_PAGES.weeklyPagesAfterAnchor * rng.lognormal(0.3));
    const next = Math.min(total, pages + add);
    if (next === pages) continue;
    pages = next;
    events.push({ t: at(day), unit: 0, numerator: pages, denominator: total });
  }
  return new StockSeries(rowCodes.slice(0, 1), events);
}

/** S-curve of disbursement over the budget year (x: fraction of the year): slow start, year-end rush. */
function sCurve(x: number): number {
  const k = 3.2;
  return (Math.exp(k * Math.min(1, Math.max(0, x))) - 1) / (Math.exp(k) - 1);
}

export interface BudgetSchedule {
  series: StockSeries;
  /** Allocation per row (triệu đồng), row 0 = province. */
  allocation: number[];
}

/** NGANSACH.GIAI_NGAN_KHCN for the province row and the 75 communes. */
export function buildBudget(units: ModelUnits, rng: Rng, startMs: number): BudgetSchedule {
  const rows = units.rowCodes.length;
  const total = SCIENCE_BUDGET.allocated2025;
  // Allocation: communes share ∝ a base plus population, with variation; the province row takes the rest.
  const meanPop = units.communes.reduce((s, c) => s + c.population, 0) / Math.max(1, units.communes.length);
  const w = units.communes.map((c) => (0.5 + (0.5 * c.population) / Math.max(1, meanPop)) * rng.lognormal(0.25));
  const wSum = w.reduce((s, x) => s + x, 0) || 1;
  const communeTotal = units.communes.length > 0 ? total * SCIENCE_BUDGET.communeShare : 0;
  const allocation = [0, ...w.map((x) => round3((communeTotal * x) / wSum))];
  allocation[0] = round3(total - allocation.reduce((s, x) => s + x, 0));

  // Each unit reports weekly on its own weekday, at its own time.
  const reportWeekday = allocation.map(() => rng.int(1, 5));
  const reportMinute = allocation.map(() => rng.int(8 * 60, 16 * 60));
  const events: StockEvent[] = [];
  const horizonMs = SCHEDULE_HORIZON.getTime();
  const startYear = yearFraction(startMs).year;

  for (let year = startYear; year <= SCIENCE_BUDGET.lastYear; year++) {
    const yearStart = dayStartMs(dayIndexOf(year, 1, 1));
    const cycleStart = Math.max(startMs, yearStart);
    const yearEndDay = dayIndexOf(year, 12, 31);
    const compileDay = workingDayOnOrBefore(dayIndexOf(year, 12, 20));
    const compileMs = dayStartMs(compileDay) + 16 * HOUR_MS;
    const xCompile = yearFraction(compileMs).x;

    // Share of each unit's allocation disbursed by the compilation; Σ = the year's target exactly.
    const target = SCIENCE_BUDGET.disbursedShareBy20Dec(year) * total;
    const raw = allocation.map((_, u) => (u === 0 ? 1.1 * rng.lognormal(0.3) : rng.lognormal(0.75)));
    let f = raw.map(() => 0);
    let scale = target / allocation.reduce((s, a, u) => s + a * raw[u]!, 0);
    for (let it = 0; it < 50; it++) {
      f = raw.map((r) => Math.min(0.92, Math.max(0.004, r * scale)));
      const got = allocation.reduce((s, a, u) => s + a * f[u]!, 0);
      if (Math.abs(got - target) < 1e-9) break;
      scale *= target / got;
    }
    const shape = allocation.map(() => Math.min(1.8, Math.max(0.6, rng.lognormal(0.3))));
    const valueAt = (u: number, ms: number) => {
      const g = sCurve(yearFraction(ms).x) / sCurve(xCompile);
      return round3(Math.min(0.97, f[u]! * Math.pow(g, shape[u]!)) * allocation[u]!);
    };

    const last = allocation.map(() => -1);
    const push = (u: number, t: number, value: number) => {
      if (t >= horizonMs || value === last[u]) return;
      last[u] = value;
      events.push({ t, unit: u, numerator: value, denominator: allocation[u]! });
    };
    // Start of the cycle: the state at the simulation start (2025), or a fresh year at 0 (later years, SIMULATED).
    for (let u = 0; u < rows; u++) push(u, cycleStart, cycleStart === yearStart ? 0 : valueAt(u, cycleStart));

    for (const day of workingDaysBetween(dayIndexOfMs(cycleStart), yearEndDay)) {
      if (day === compileDay) {
        // Everyone reports for the compilation ("Kết quả tổng hợp đến ngày 20/12/2025").
        for (let u = 0; u < rows; u++) push(u, compileMs, round3(f[u]! * allocation[u]!));
        continue;
      }
      const wd = weekdayOfDay(day);
      for (let u = 0; u < rows; u++) {
        if (reportWeekday[u] !== wd) continue;
        const t = dayStartMs(day) + reportMinute[u]! * 60_000;
        if (t <= cycleStart) continue;
        push(u, t, valueAt(u, t));
      }
    }
  }
  return { series: new StockSeries(units.rowCodes, events), allocation };
}
