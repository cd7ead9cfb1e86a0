/**
 * The simulation model against the seed figures (001_efedd52ede19b928.txt),
 * with the history schedule the server uses: day steps from 1/7/2025 to 14 days
 * before now, then hour steps, written in batches of 31 days.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROVINCE_CODE, aggregateRatio, localMidnight, localParts, type IndicatorCode } from '@ioc/shared';
import type { MeasurementInput } from '../measurements/measurement.js';
import { generateDemoHamlets } from '../units/demo-hamlets.js';
import { createSimulationModel, type SimulationModel } from './model.js';
import type { SimulationCommune, SimulationReference } from './reference.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CSV = path.resolve(repoRoot, 'db/reference/sonla-communes-2025.csv');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function loadReference(): SimulationReference & { communes: SimulationCommune[] } {
  const rows = parse(readFileSync(CSV, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  const communes: SimulationCommune[] = rows.map((r) => ({
    code: r.code! as SimulationCommune['code'],
    name: r.name!,
    type: r.type === 'phường' ? 'phường' : 'xã',
    population: Number(r.population),
    areaKm2: Number(r.area_km2),
  }));
  return { communes, hamlets: generateDemoHamlets(communes) };
}

/** End of a local day = the next local midnight. */
const endOf = (y: number, m: number, d: number) => new Date(localMidnight(y, m, d).getTime() + DAY);

/** The server's schedule: day steps to (now − 14 days, day-aligned), then hour steps to the last full hour; 31-day batches. */
function writeHistory(model: SimulationModel, now: Date): MeasurementInput[] {
  const start = model.start.getTime();
  const hourlyFrom = start + Math.floor((now.getTime() - 14 * DAY - start) / DAY) * DAY;
  const hourFloor = Math.floor(now.getTime() / HOUR) * HOUR;
  const rows: MeasurementInput[] = [];
  const run = (from: number, to: number, step: number) => {
    for (let a = from; a < to; ) {
      const b = Math.min(a + 31 * DAY, to);
      for (const r of model.generate(new Date(a), new Date(b), step)) rows.push(r);
      a = b;
    }
  };
  run(start, hourlyFrom, DAY);
  run(hourlyFrom, hourFloor, HOUR);
  return rows;
}

describe('simulation model', () => {
  const reference = loadReference();
  const now = new Date('2026-11-23T10:00:00+07:00');
  let model: SimulationModel;
  let rows: MeasurementInput[];
  let elapsedMs = 0;
  const byIndicator = new Map<string, MeasurementInput[]>();

  beforeAll(() => {
    const t0 = performance.now();
    model = createSimulationModel(reference, { seed: 20250701 });
    rows = writeHistory(model, now);
    elapsedMs = performance.now() - t0;
    for (const r of rows) {
      let list = byIndicator.get(r.indicator);
      if (!list) byIndicator.set(r.indicator, (list = []));
      list.push(r);
    }
  });

  /** Σ over rows of a flow in [from, to) (all units, or those matching `unit`). */
  const flow = (indicator: IndicatorCode, from: Date, to: Date, unit?: (u: string) => boolean) =>
    aggregateRatio((byIndicator.get(indicator) ?? []).filter((r) => r.ts >= from && r.ts < to && (!unit || unit(r.unit))));
  /** Province value of a stock at t: the latest row of every unit, summed. */
  const stock = (indicator: IndicatorCode, t: Date) => {
    const latest = new Map<string, MeasurementInput>();
    for (const r of byIndicator.get(indicator) ?? []) if (r.ts < t) latest.set(r.unit, r);
    return aggregateRatio(latest.values());
  };
  const isCommune = (u: string) => u !== PROVINCE_CODE;

  it('generates the whole history quickly', () => {
    expect(rows.length).toBeGreaterThan(100_000);
    expect(elapsedMs).toBeLessThan(5_000);
  });

  it('marks every row as simulated and keeps 0 ≤ numerator ≤ denominator', () => {
    const bad = rows.filter(
      (r) =>
        r.simulated !== true ||
        r.source !== 'simulator' ||
        !(r.numerator >= 0 && r.numerator <= r.denominator && r.denominator > 0) ||
        r.ts.getTime() < model.start.getTime() ||
        r.ts.getTime() >= now.getTime(),
    );
    expect(bad).toEqual([]);
  });

  it('starts on 1/7/2025 local time', () => {
    expect(model.start).toEqual(localMidnight(2025, 7, 1));
  });

  it('hits the online submission rate: 57,4 % on 25/8/2025 and 68,07 % at the end of 2025', () => {
    // 001: "… (đến ngày 25/8/2025) vẫn còn ở mức thấp với tỷ lệ tương ứng là 57,4% và 52,7%"; "+ Tỷ lệ nộp hồ sơ trực tuyến đạt 68,07%."
    expect(flow('DVC.NOP_TRUC_TUYEN', model.start, endOf(2025, 8, 25)).value!).toBeCloseTo(57.4, 1);
    expect(Math.abs(flow('DVC.NOP_TRUC_TUYEN', model.start, endOf(2025, 8, 25)).value! - 57.4)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(flow('DVC.NOP_TRUC_TUYEN', model.start, endOf(2025, 12, 31)).value! - 68.07)).toBeLessThanOrEqual(0.05);
  });

  it('hits the online processing rate: 52,7 % on 25/8/2025 and 67,5 % at the end of 2025', () => {
    // 001: "+ Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt 67,5%."
    expect(Math.abs(flow('DVC.XU_LY_TRUC_TUYEN', model.start, endOf(2025, 8, 25)).value! - 52.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(flow('DVC.XU_LY_TRUC_TUYEN', model.start, endOf(2025, 12, 31)).value! - 67.5)).toBeLessThanOrEqual(0.05);
  });

  it('hits digitisation at intake and of results over 1/7–12/12/2025, province and commune level', () => {
    // 001: "Tiếp nhận: 167.084/177.477 (94,14%). Trong đó tại cấp xã: 147.517/156.027(94,55%)"
    // 001: "kết quả giải quyết TTHC: 163.854/170.680 (96,00%). Trong đó tại cấp xã: 149.089/153.366 (97,21%)"
    const to = endOf(2025, 12, 12);
    expect(Math.abs(flow('SOHOA.TIEP_NHAN', model.start, to).value! - 94.14)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(flow('SOHOA.TIEP_NHAN', model.start, to, isCommune).value! - 94.55)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(flow('SOHOA.KET_QUA', model.start, to).value! - 96.0)).toBeLessThanOrEqual(0.3);
    expect(Math.abs(flow('SOHOA.KET_QUA', model.start, to, isCommune).value! - 97.21)).toBeLessThanOrEqual(0.3);
  });

  it('has the seed volume of dossiers: ≈ 177.477 received and 170.680 results over 28/6–12/12/2025', () => {
    // The seed window starts 3 days before the simulation: allow a few per cent.
    const received = flow('DVC.NOP_TRUC_TUYEN', model.start, endOf(2025, 12, 12)).denominator;
    const processed = flow('SOHOA.KET_QUA', model.start, endOf(2025, 12, 12)).denominator;
    expect(received).toBeGreaterThan(177_477 * 0.95);
    expect(received).toBeLessThan(177_477 * 1.04);
    expect(processed).toBeGreaterThan(170_680 * 0.95);
    expect(processed).toBeLessThan(170_680 * 1.04);
    // Communes ≈ 88 % of the dossiers received (156.027 / 177.477).
    const communeShare = flow('DVC.NOP_TRUC_TUYEN', model.start, endOf(2025, 12, 12), isCommune).denominator / received;
    expect(communeShare).toBeGreaterThan(0.86);
    expect(communeShare).toBeLessThan(0.9);
  });

  it('has believable differences between communes (≥ 15 points between best and worst online rate in 2025)', () => {
    const perCommune = new Map<string, MeasurementInput[]>();
    for (const r of byIndicator.get('DVC.NOP_TRUC_TUYEN')!) {
      if (r.unit === PROVINCE_CODE || r.ts >= endOf(2025, 12, 31)) continue;
      let list = perCommune.get(r.unit);
      if (!list) perCommune.set(r.unit, (list = []));
      list.push(r);
    }
    expect(perCommune.size).toBe(75);
    const rates = [...perCommune.values()].map((list) => aggregateRatio(list).value!);
    expect(Math.max(...rates) - Math.min(...rates)).toBeGreaterThanOrEqual(15);
    // Wards lead on average.
    const wardCodes = new Set(reference.communes.filter((c) => c.type === 'phường').map((c) => c.code as string));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const wards = [...perCommune].filter(([u]) => wardCodes.has(u)).map(([, l]) => aggregateRatio(l).value!);
    const xa = [...perCommune].filter(([u]) => !wardCodes.has(u)).map(([, l]) => aggregateRatio(l).value!);
    expect(mean(wards)).toBeGreaterThan(mean(xa));
  });

  it('follows the working week: far more dossiers on weekdays than at weekends', () => {
    const perDay = new Map<number, number>();
    for (const r of byIndicator.get('DVC.NOP_TRUC_TUYEN')!) {
      if (r.ts >= localMidnight(2026, 11, 1)) continue; // day steps only
      perDay.set(r.ts.getTime(), (perDay.get(r.ts.getTime()) ?? 0) + r.denominator);
    }
    let weekday = 0;
    let weekdays = 0;
    let weekend = 0;
    let weekends = 0;
    for (const [t, n] of perDay) {
      const wd = localParts(t).weekday;
      if (wd === 0 || wd === 6) {
        weekend += n;
        weekends++;
      } else {
        weekday += n;
        weekdays++;
      }
    }
    expect(weekday / weekdays).toBeGreaterThan(2.5 * (weekend / weekends));
    expect(weekend).toBeGreaterThan(0); // online submissions arrive at weekends too
  });

  it('has office hours in the hour steps, and only online submissions at night', () => {
    const hourly = byIndicator.get('DVC.NOP_TRUC_TUYEN')!.filter((r) => r.ts >= localMidnight(2026, 11, 16) && r.ts < localMidnight(2026, 11, 21));
    const at = (h: number) => aggregateRatio(hourly.filter((r) => localParts(r.ts).hour === h));
    expect(at(9).denominator).toBeGreaterThan(5 * at(3).denominator);
    expect(at(2).numerator).toBe(at(2).denominator);
    expect(at(20).numerator).toBe(at(20).denominator);
  });

  it('steps DVC.TOAN_TRINH through 388/869 on 25/8/2025 and 941/1.065 on 28/12/2025', () => {
    // 001: "… là 388/869 trên tổng số TTHC đủ điều kiện, đạt 44,64%"; "941 thủ tục hành chính trực tuyến toàn trình trên tổng số 1.065 TTHC đủ điều kiện"
    expect(stock('DVC.TOAN_TRINH', endOf(2025, 8, 25))).toMatchObject({ numerator: 388, denominator: 869 });
    expect(stock('DVC.TOAN_TRINH', endOf(2025, 12, 28))).toMatchObject({ numerator: 941, denominator: 1065 });
    expect(model.stockAt('DVC.TOAN_TRINH', PROVINCE_CODE, endOf(2025, 12, 28))).toEqual({ numerator: 941, denominator: 1065 });
    const changes = byIndicator.get('DVC.TOAN_TRINH')!;
    expect(new Set(changes.map((r) => r.unit))).toEqual(new Set([PROVINCE_CODE]));
    // A few procedures at a time, on working days.
    for (let i = 1; i < changes.length; i++) {
      expect(changes[i]!.numerator).toBeGreaterThanOrEqual(changes[i - 1]!.numerator);
      expect(changes[i]!.numerator - changes[i - 1]!.numerator).toBeLessThan(60);
      const wd = localParts(changes[i]!.ts).weekday;
      expect(wd >= 1 && wd <= 5).toBe(true);
    }
  });

  it('reaches 6.047.286 / 15.125.234 archive pages at the end of November 2025, weekly', () => {
    // 001: "Tỉnh đã hoàn thành số hóa 6.047.286 trang tài liệu/tổng số 15.125.234 trang tài liệu cần số hóa"
    expect(stock('SOHOA.LUU_TRU', endOf(2025, 11, 30))).toMatchObject({ numerator: 6_047_286, denominator: 15_125_234 });
    const later = stock('SOHOA.LUU_TRU', now);
    expect(later.numerator).toBeGreaterThan(6_047_286);
    expect(later.numerator).toBeLessThan(15_125_234);
  });

  it('covers exactly 26 of the 69 white-spot hamlets by 10/11/2025 and 49 by 31/12/2025', () => {
    // 001: "… 69 bản chưa được phủ sóng … đến ngày 10/11/2025 là 26/69 bản. Dự kiến đến 31/12/2025, phủ sóng 4G được 49/69 bản"
    const hamlets = reference.hamlets.length;
    expect(stock('HATANG.PHU_SONG_4G', new Date(model.start.getTime() + 1))).toMatchObject({ numerator: hamlets - 69, denominator: hamlets });
    expect(stock('HATANG.PHU_SONG_4G', endOf(2025, 11, 10)).numerator).toBe(hamlets - 69 + 26);
    expect(stock('HATANG.PHU_SONG_4G', endOf(2025, 12, 31)).numerator).toBe(hamlets - 69 + 49);
    // The 20 without an operator plan: only a few covered by now.
    const byNow = stock('HATANG.PHU_SONG_4G', now).numerator - (hamlets - 69 + 49);
    expect(byNow).toBeGreaterThan(0);
    expect(byNow).toBeLessThan(10);
  });

  it('exposes the per-hamlet connectivity status consistent with the rows', () => {
    const status = model.hamletConnectivity();
    const g4 = status.filter((s) => s.technology === '4g');
    const fixed = status.filter((s) => s.technology === 'fixed');
    expect(g4).toHaveLength(69);
    expect(fixed).toHaveLength(449);
    expect(g4.filter((s) => s.operator === 'VNPT')).toHaveLength(9);
    expect(g4.filter((s) => s.operator === 'Viettel')).toHaveLength(40);
    expect(g4.filter((s) => s.operator === null && s.plannedDate === null)).toHaveLength(20);
    expect(g4.filter((s) => s.coveredSince && s.coveredSince < endOf(2025, 11, 10))).toHaveLength(26);
    // Never in a phường; always hamlets of the registry.
    const wardCodes = new Set(reference.communes.filter((c) => c.type === 'phường').map((c) => c.code as string));
    const communeOf = new Map(reference.hamlets.map((h) => [h.code as string, h.communeCode as string]));
    for (const s of status) {
      expect(communeOf.has(s.hamletCode)).toBe(true);
      expect(wardCodes.has(communeOf.get(s.hamletCode)!)).toBe(false);
    }
    // Every white-spot hamlet is 0/1 at the start and becomes 1/1 at its coveredSince.
    const firstRows = new Map<string, MeasurementInput>();
    for (const r of byIndicator.get('HATANG.PHU_SONG_4G')!) if (r.ts.getTime() === model.start.getTime()) firstRows.set(r.unit, r);
    expect(firstRows.size).toBe(reference.hamlets.length);
    for (const s of g4) {
      expect(firstRows.get(s.hamletCode)!.numerator).toBe(0);
      expect(model.stockAt('HATANG.PHU_SONG_4G', s.hamletCode, now)!.numerator).toBe(s.coveredSince && s.coveredSince <= now ? 1 : 0);
    }
    // As of a date, future coverage is not reported.
    expect(model.hamletConnectivity(endOf(2025, 11, 10)).filter((s) => s.technology === '4g' && s.coveredSince)).toHaveLength(26);
  });

  it('connects the 449 hamlets without fixed broadband gradually (about half by the end of 2025, nearly all by the end of 2026)', () => {
    const hamlets = reference.hamlets.length;
    const missing = (t: Date) => hamlets - stock('HATANG.BANG_RONG_CO_DINH', t).numerator;
    expect(missing(new Date(model.start.getTime() + 1))).toBe(449);
    expect(missing(endOf(2025, 12, 31))).toBeGreaterThan(180);
    expect(missing(endOf(2025, 12, 31))).toBeLessThan(270);
    expect(missing(now)).toBeLessThan(60);
    expect(model.stockAt('HATANG.BANG_RONG_CO_DINH', PROVINCE_CODE, endOf(2026, 12, 31))!.numerator).toBeGreaterThan(hamlets - 15);
  });

  it('disburses 30,77 % of 197.548 triệu đồng by 20/12/2025 and restarts at 0 on 1/1/2026', () => {
    // 001: "… năm 2025 là 197.548 triệu đồng"; "Kết quả giải ngân đến ngày 20/12/2025 đạt 30,77%"
    const at20Dec = stock('NGANSACH.GIAI_NGAN_KHCN', endOf(2025, 12, 20));
    expect(at20Dec.denominator).toBeCloseTo(197_548, 3);
    expect(Math.abs(at20Dec.value! - 30.77)).toBeLessThanOrEqual(0.05);
    // Communes: 110.053.680.020 / 138.692.307.020 of the allocation.
    const communes = aggregateRatio(
      (byIndicator.get('NGANSACH.GIAI_NGAN_KHCN') ?? []).filter((r) => r.unit !== PROVINCE_CODE && r.ts.getTime() === model.start.getTime()),
    );
    expect(communes.denominator / 197_548).toBeCloseTo(110_053_680_020 / 138_692_307_020, 4);
    const newYear = stock('NGANSACH.GIAI_NGAN_KHCN', new Date(localMidnight(2026, 1, 1).getTime() + 1));
    expect(newYear.numerator).toBe(0);
    expect(newYear.denominator).toBeCloseTo(197_548, 3);
    const nowValue = stock('NGANSACH.GIAI_NGAN_KHCN', now).value!;
    expect(nowValue).toBeGreaterThan(10);
    expect(nowValue).toBeLessThan(45);
  });

  it('keeps the trends going in 2026 (SIMULATED, not seed figures)', () => {
    const ytd = flow('DVC.NOP_TRUC_TUYEN', localMidnight(2026, 1, 1), now).value!;
    expect(ytd).toBeGreaterThan(70);
    expect(ytd).toBeLessThan(85);
    expect(flow('SOHOA.TIEP_NHAN', localMidnight(2026, 1, 1), now).value!).toBeGreaterThan(93);
  });

  it('is deterministic, also when the history is resumed in the middle', () => {
    const from = localMidnight(2025, 8, 1);
    const to = localMidnight(2025, 9, 15);
    const fresh = createSimulationModel(reference, { seed: 20250701 });
    const resumed = fresh.generate(from, to, DAY); // rebuilds the calibration state from 1/7/2025
    const original = rows.filter((r) => r.ts >= from && r.ts < to);
    expect(resumed).toEqual(original);
    const other = createSimulationModel(reference, { seed: 1 }).generate(from, to, DAY);
    expect(other).not.toEqual(original);
  });

  it('has at most one row per indicator, unit and time', () => {
    const keys = new Set<string>();
    let duplicates = 0;
    for (const r of rows) {
      const key = `${r.indicator}|${r.unit}|${r.ts.getTime()}`;
      if (keys.has(key)) duplicates++;
      keys.add(key);
    }
    expect(duplicates).toBe(0);
  });

  it('with a later start (tests), sees the same timeline from there: stocks start from their state then', () => {
    const laterStart = new Date('2026-10-31T17:00:00Z'); // 1/11/2026 00:00 local
    const later = createSimulationModel(reference, { seed: 20250701, start: laterStart });
    const out = later.generate(laterStart, new Date(laterStart.getTime() + 3 * DAY), HOUR);
    expect(out.every((r) => r.ts >= laterStart)).toBe(true);
    const initial4g = out.filter((r) => r.indicator === 'HATANG.PHU_SONG_4G' && r.ts.getTime() === laterStart.getTime());
    expect(initial4g).toHaveLength(reference.hamlets.length);
    expect(aggregateRatio(initial4g)).toMatchObject(model.stockAt('HATANG.PHU_SONG_4G', PROVINCE_CODE, laterStart)!);
    expect(later.stockAt('DVC.TOAN_TRINH', PROVINCE_CODE, laterStart)).toEqual(model.stockAt('DVC.TOAN_TRINH', PROVINCE_CODE, laterStart));
    expect(later.stockAt('NGANSACH.GIAI_NGAN_KHCN', PROVINCE_CODE, laterStart)).toEqual(model.stockAt('NGANSACH.GIAI_NGAN_KHCN', PROVINCE_CODE, laterStart));
    const nop = aggregateRatio(out.filter((r) => r.indicator === 'DVC.NOP_TRUC_TUYEN'));
    expect(nop.denominator).toBeGreaterThan(1000);
    expect(nop.value!).toBeGreaterThan(65);
    expect(nop.value!).toBeLessThan(90);
  });

  it('writes live ticks after the history, faster with `speed`', () => {
    const tickFrom = new Date(Math.floor(now.getTime() / HOUR) * HOUR);
    const live = createSimulationModel(reference, { seed: 5 });
    let normal = 0;
    let fast = 0;
    for (let k = 0; k < 60; k++) {
      const a = new Date(tickFrom.getTime() + k * 5_000);
      const b = new Date(a.getTime() + 5_000);
      const slow = live.generate(a, b, 5_000);
      const quick = live.generate(a, b, 5_000, 50);
      for (const r of [...slow, ...quick]) {
        expect(r.ts).toEqual(a);
        expect(r.simulated).toBe(true);
      }
      normal += slow.filter((r) => r.indicator === 'DVC.NOP_TRUC_TUYEN').reduce((s, r) => s + r.denominator, 0);
      fast += quick.filter((r) => r.indicator === 'DVC.NOP_TRUC_TUYEN').reduce((s, r) => s + r.denominator, 0);
    }
    expect(fast).toBeGreaterThan(5 * Math.max(1, normal));
  });
});
