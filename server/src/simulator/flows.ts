/**
 * The four dossier flows (SIMULATED counts of events per step, per unit):
 *
 *   DVC.NOP_TRUC_TUYEN   dossiers submitted online / dossiers received
 *   SOHOA.TIEP_NHAN      dossiers digitised at intake / dossiers received
 *   DVC.XU_LY_TRUC_TUYEN dossiers processed online / dossiers processed
 *   SOHOA.KET_QUA        results digitised / results returned (= dossiers processed)
 *
 * Arrivals. Each unit (row 0: the provincial agencies, rows 1…75: the communes)
 * receives dossiers through two channels: the one-stop counter, open only in
 * office hours on working days, and online, busiest in office hours but also
 * in the evening, at night and at weekends (time.ts profiles). Dossiers are
 * processed (results returned) in office hours. Counts are Poisson with rates
 * = unit volume × rhythm × month factor × a province-wide factor of the day ×
 * `speed`; the volume is calibrated on the 177.477 dossiers received and 170.680
 * results returned between 28/6 and 12/12/2025 (seed 001), with the provincial
 * agencies' share from the same sentence (≈ 12 % and 10 %), the communes'
 * shares ∝ population^0.9, wards busier, with variation.
 *
 * Shares. For each indicator and unit group a nominal province-level share s(t)
 * is piecewise linear in time; its knots are solved so that the EXPECTED
 * cumulative ratio hits the seed figure on its date (calibration.ts). Units
 * differ through logistic offsets: p_u = σ(α + β_u(t)), α solved each step so the
 * volume-weighted mean is s(t); wards and provincial agencies lead, remote
 * sparse xã trail, each unit drifts a little over time.
 *
 * Exact hits ("steering"). Until the last calibration date, after each step is
 * sampled the group's numerator is nudged by converting a few dossiers (counter
 * → online, not digitised → digitised, or back) so that the realised cumulative
 * ratio closes on the seed figure at its date: the remaining gap is spread over
 * the remaining steps in proportion to their expected volume (each dossier with
 * room converted with a probability, so that tiny live ticks work too), and the
 * last step with volume before the date closes it exactly (to the dossier). This needs the cumulative sums since the
 * start, so the engine is stateful: a step range that does not continue the
 * previous one (before the last calibration date) is replayed from the start.
 *
 * After the last seed date (31/12/2025) the shares keep moving along SIMULATED
 * trends (online rates rising slowly toward ~80 %, digitisation above 95 %):
 * these are not seed figures.
 */
import type { IndicatorCode } from '@ioc/shared';
import type { MeasurementInput } from '../measurements/measurement.js';
import {
  DIGITISATION_28_6_TO_12_12_2025 as DIG,
  ONLINE_RATES_25_8_2025,
  ONLINE_RATES_END_2025,
  PROVINCE_SHARE_PROCESSED,
  PROVINCE_SHARE_RECEIVED,
  SIMULATION_START,
} from './calibration.js';
import { Rng, hashSeed } from './random.js';
import { COUNTER_PROFILE, DAY_MS, HOUR_MS, ONLINE_PROFILE, PROCESSING_PROFILE, civilOfDay, dayIndexOfMs, integrateProfile, localDate } from './time.js';
import type { ModelUnits } from './units.js';

export const FLOW_INDICATORS = ['DVC.NOP_TRUC_TUYEN', 'SOHOA.TIEP_NHAN', 'DVC.XU_LY_TRUC_TUYEN', 'SOHOA.KET_QUA'] as const satisfies readonly IndicatorCode[];
export type FlowIndicator = (typeof FLOW_INDICATORS)[number];

const YEAR_MS = 365.25 * DAY_MS;
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));
const clampShare = (s: number) => Math.min(0.995, Math.max(0.005, s));

/** Month factor of the volume (year-end rush, quieter around Tết): SIMULATED. */
const MONTH_FACTOR = [1.04, 0.93, 1.02, 1, 1, 1, 1, 1, 0.98, 1, 1.02, 1.08];
/** Yearly growth of the volume after 2025: SIMULATED. */
const YEARLY_GROWTH = 0.03;

/** A knot of a nominal share curve: a value, a value to solve for (the seed figure at that date), or a change relative to the previous knot. */
type KnotSpec = { at: Date; s: number } | { at: Date; solve: true } | { at: Date; rel: number };

/** Target: at `at`, the group's cumulative numerator = Σ coef[g] × cumulative denominator of group g. */
interface Target {
  at: number;
  coef: number[];
}

interface GroupSpec {
  /** Row indices. */
  rows: number[];
  knots: KnotSpec[];
  targets: Target[];
}

type Stream = 'received' | 'processed';

interface IndicatorSpec {
  code: FlowIndicator;
  stream: Stream;
  groups: GroupSpec[];
}

interface Curve {
  t: Float64Array;
  s: Float64Array;
}

function evalCurve(c: Curve, ms: number): number {
  const n = c.t.length;
  if (ms <= c.t[0]!) return c.s[0]!;
  if (ms >= c.t[n - 1]!) return c.s[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >>> 1;
    if (c.t[mid]! <= ms) lo = mid;
    else hi = mid;
  }
  const f = (ms - c.t[lo]!) / (c.t[hi]! - c.t[lo]!);
  return c.s[lo]! + f * (c.s[hi]! - c.s[lo]!);
}

/** α such that Σ w_u σ(α + β_u) = s (w normalised), by Newton with a bisection guard. */
function solveAlpha(beta: Float64Array, weight: Float64Array, rows: readonly number[], s: number): number {
  const target = clampShare(s);
  let lo = -30;
  let hi = 30;
  let a = logit(target);
  for (let it = 0; it < 30; it++) {
    let f = 0;
    let df = 0;
    for (const u of rows) {
      const p = sigmoid(a + beta[u]!);
      f += weight[u]! * p;
      df += weight[u]! * p * (1 - p);
    }
    f -= target;
    if (Math.abs(f) < 1e-10) break;
    if (f > 0) hi = a;
    else lo = a;
    let next = df > 1e-12 ? a - f / df : (lo + hi) / 2;
    if (!(next > lo && next < hi)) next = (lo + hi) / 2;
    a = next;
  }
  return a;
}

/** Cumulative expected quantities on an hourly grid from the start (for the steering). */
class HourlyCumulative {
  constructor(
    private readonly startMs: number,
    readonly values: Float64Array,
  ) {}

  at(ms: number): number {
    const x = (ms - this.startMs) / HOUR_MS;
    if (x <= 0) return 0;
    const n = this.values.length - 1;
    if (x >= n) return this.values[n]!;
    const i = Math.floor(x);
    return this.values[i]! + (x - i) * (this.values[i + 1]! - this.values[i]!);
  }

  between(fromMs: number, toMs: number): number {
    return toMs > fromMs ? this.at(toMs) - this.at(fromMs) : 0;
  }
}

interface GroupRuntime {
  rows: number[];
  curve: Curve;
  targets: Target[];
  /** Expected cumulative denominator, natural numerator and steering weight. */
  cumD: HourlyCumulative | null;
  cumN: HourlyCumulative | null;
  cumW: HourlyCumulative | null;
  /** Row weight within the group (volume share), for solving α. */
  weight: Float64Array;
}

interface IndicatorRuntime {
  code: FlowIndicator;
  stream: Stream;
  groups: GroupRuntime[];
  /** Group index of each row. */
  groupOf: Int32Array;
  beta0: Float64Array;
  drift: Float64Array;
  /** Cumulative realised sums per group since the start (for the steering). */
  cumNum: Float64Array;
  cumDen: Float64Array;
}

export interface FlowEngineOptions {
  seed: number;
  startMs: number;
}

export class FlowEngine {
  readonly rowCount: number;
  /** First instant rows are generated for. */
  private readonly startMs: number;
  /** The calibration timeline always starts on 1/7/2025 (SIMULATION_START), whatever the generation start. */
  private readonly calStartMs = SIMULATION_START.getTime();
  /** The seed figures are cumulative from 1/7/2025: exact hits only when the generation starts there too. */
  private readonly steeringEnabled: boolean;
  private readonly seed: number;
  /** Received / processed per working-day equivalent, province total (before month factor). */
  private volumeReceived = 1;
  private volumeProcessed = 1;
  private readonly shareReceived: Float64Array;
  private readonly shareProcessed: Float64Array;
  private readonly indicators: IndicatorRuntime[];
  private readonly byCode: Map<FlowIndicator, IndicatorRuntime>;
  /** After this instant no steering is needed (the last calibration date; the start when steering is off). */
  readonly steeringEndMs: number;
  private readonly calibrationEndMs: number;
  /** The cumulative sums are valid up to here. */
  private cursor: number;

  constructor(
    private readonly units: ModelUnits,
    options: FlowEngineOptions,
  ) {
    this.startMs = options.startMs;
    this.steeringEnabled = options.startMs === this.calStartMs;
    this.seed = options.seed;
    this.cursor = this.startMs;
    const rows = units.rowCodes.length;
    this.rowCount = rows;
    const rng = new Rng(hashSeed(options.seed, 'flow-units'));

    // ---- volumes per row
    const communeWeight = units.communes.map((c) => Math.pow(Math.max(1, c.population), 0.9) * (c.type === 'phường' ? 1.3 : 1) * rng.lognormal(0.25));
    const communeSum = communeWeight.reduce((s, x) => s + x, 0) || 1;
    const provinceReceived = units.communes.length ? PROVINCE_SHARE_RECEIVED : 1;
    const provinceProcessed = units.communes.length ? PROVINCE_SHARE_PROCESSED : 1;
    this.shareReceived = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? provinceReceived : ((1 - provinceReceived) * communeWeight[u - 1]!) / communeSum));
    const procWeight = communeWeight.map((w) => w * rng.lognormal(0.05));
    const procSum = procWeight.reduce((s, x) => s + x, 0) || 1;
    this.shareProcessed = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? provinceProcessed : ((1 - provinceProcessed) * procWeight[u - 1]!) / procSum));

    // ---- unit offsets: wards and provincial agencies lead, sparse remote xã trail
    const z = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? 0 : units.communes[u - 1]!.sparsityZ));
    const isWard = (u: number) => u > 0 && units.communes[u - 1]!.type === 'phường';
    const betaNop = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? 0.3 : (isWard(u) ? 0.6 : 0) - 0.35 * z[u]! + 0.45 * rng.normal()));
    const betaXl = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? 0.2 : 0.75 * betaNop[u]! + 0.3 * rng.normal()));
    const betaTn = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? 0 : (isWard(u) ? 0.35 : 0) - 0.2 * z[u]! + 0.5 * rng.normal()));
    const betaKq = Float64Array.from({ length: rows }, (_, u) => (u === 0 ? 0 : 0.5 * betaTn[u]! + 0.4 * rng.normal()));
    // Per year: laggards catch up a little, with some noise (so rankings change over time).
    const drift = (beta: Float64Array) => Float64Array.from(beta, (b, u) => (u === 0 ? 0 : -0.25 * b + 0.15 * rng.normal()));

    // ---- calibration targets
    const all = Array.from({ length: rows }, (_, u) => u);
    const communesRows = all.slice(1);
    const T1 = ONLINE_RATES_25_8_2025.at;
    const T2 = ONLINE_RATES_END_2025.at;
    const T3 = DIG.at;
    const start = new Date(this.calStartMs);
    // 001_efedd52ede19b928.txt: "Tiếp nhận: 167.084/177.477 (94,14%). Trong đó tại cấp xã: 147.517/156.027(94,55%)"
    // and "kết quả giải quyết TTHC: 163.854/170.680 (96,00%). Trong đó tại cấp xã: 149.089/153.366 (97,21%)"
    const cIntakeAll = DIG.intake.numerator / DIG.intake.denominator;
    const cIntakeCom = DIG.intake.communeNumerator / DIG.intake.communeDenominator;
    const cResultsAll = DIG.results.numerator / DIG.results.denominator;
    const cResultsCom = DIG.results.communeNumerator / DIG.results.communeDenominator;
    // SIMULATED trends after the seed dates (relative knots), not seed figures.
    const later = (rels: [number, number, number, number][]): KnotSpec[] => rels.map(([y, m, d, rel]) => ({ at: localDate(y, m, d), rel }));
    const hasCommunes = communesRows.length > 0;
    const specs: IndicatorSpec[] = [
      {
        code: 'DVC.NOP_TRUC_TUYEN',
        stream: 'received',
        groups: [
          {
            rows: all,
            // Fast rise after the 25/8 report, flattening toward the end of the year.
            knots: [{ at: start, s: 0.48 }, { at: T1, solve: true }, { at: localDate(2025, 10, 31), rel: 0.07 }, { at: T2, solve: true }, ...later([[2026, 6, 30, 0.02], [2026, 12, 31, 0.015], [2027, 12, 31, 0.02], [2028, 12, 31, 0.01]])],
            targets: [
              // 001_efedd52ede19b928.txt: "(đến ngày 25/8/2025) … với tỷ lệ tương ứng là 57,4% và 52,7%"
              { at: T1.getTime(), coef: [ONLINE_RATES_25_8_2025.submitted] },
              // 001_efedd52ede19b928.txt: "+ Tỷ lệ nộp hồ sơ trực tuyến đạt 68,07%."
              { at: T2.getTime(), coef: [ONLINE_RATES_END_2025.submitted] },
            ],
          },
        ],
      },
      {
        code: 'DVC.XU_LY_TRUC_TUYEN',
        stream: 'processed',
        groups: [
          {
            rows: all,
            knots: [{ at: start, s: 0.4 }, { at: T1, solve: true }, { at: localDate(2025, 10, 31), rel: 0.12 }, { at: T2, solve: true }, ...later([[2026, 6, 30, 0.02], [2026, 12, 31, 0.015], [2027, 12, 31, 0.02], [2028, 12, 31, 0.01]])],
            targets: [
              // 001_efedd52ede19b928.txt: "(đến ngày 25/8/2025) … với tỷ lệ tương ứng là 57,4% và 52,7%"
              { at: T1.getTime(), coef: [ONLINE_RATES_25_8_2025.processed] },
              // 001_efedd52ede19b928.txt: "+ Tỷ lệ hồ sơ TTHC xử lý trực tuyến đạt 67,5%."
              { at: T2.getTime(), coef: [ONLINE_RATES_END_2025.processed] },
            ],
          },
        ],
      },
      {
        code: 'SOHOA.TIEP_NHAN',
        stream: 'received',
        groups: hasCommunes
          ? [
              {
                rows: [0],
                knots: [{ at: start, s: 0.9 }, { at: T3, solve: true }, ...later([[2026, 12, 31, 0.015], [2027, 12, 31, 0.01], [2028, 12, 31, 0.005]])],
                // The provincial agencies' share is what makes the province total 94,14 % given the communes at 94,55 %.
                targets: [{ at: T3.getTime(), coef: [cIntakeAll, cIntakeAll - cIntakeCom] }],
              },
              {
                rows: communesRows,
                knots: [{ at: start, s: 0.938 }, { at: T3, solve: true }, ...later([[2026, 12, 31, 0.012], [2027, 12, 31, 0.006], [2028, 12, 31, 0.003]])],
                targets: [{ at: T3.getTime(), coef: [0, cIntakeCom] }],
              },
            ]
          : [{ rows: all, knots: [{ at: start, s: 0.94 }], targets: [] }],
      },
      {
        code: 'SOHOA.KET_QUA',
        stream: 'processed',
        groups: hasCommunes
          ? [
              {
                rows: [0],
                knots: [{ at: start, s: 0.84 }, { at: T3, solve: true }, ...later([[2026, 12, 31, 0.03], [2027, 12, 31, 0.015], [2028, 12, 31, 0.01]])],
                targets: [{ at: T3.getTime(), coef: [cResultsAll, cResultsAll - cResultsCom] }],
              },
              {
                rows: communesRows,
                knots: [{ at: start, s: 0.965 }, { at: T3, solve: true }, ...later([[2026, 12, 31, 0.008], [2027, 12, 31, 0.004], [2028, 12, 31, 0.002]])],
                targets: [{ at: T3.getTime(), coef: [0, cResultsCom] }],
              },
            ]
          : [{ rows: all, knots: [{ at: start, s: 0.96 }], targets: [] }],
      },
    ];
    const betaOf: Record<FlowIndicator, Float64Array> = {
      'DVC.NOP_TRUC_TUYEN': betaNop,
      'DVC.XU_LY_TRUC_TUYEN': betaXl,
      'SOHOA.TIEP_NHAN': betaTn,
      'SOHOA.KET_QUA': betaKq,
    };

    this.indicators = specs.map((spec) => {
      const groupOf = new Int32Array(rows);
      spec.groups.forEach((g, gi) => g.rows.forEach((u) => (groupOf[u] = gi)));
      const share = spec.stream === 'received' ? this.shareReceived : this.shareProcessed;
      const groups: GroupRuntime[] = spec.groups.map((g) => {
        const sum = g.rows.reduce((s, u) => s + share[u]!, 0) || 1;
        const weight = new Float64Array(rows);
        for (const u of g.rows) weight[u] = share[u]! / sum;
        // Placeholder curve; solved below.
        return { rows: g.rows, curve: { t: new Float64Array([this.calStartMs]), s: new Float64Array([0.5]) }, targets: this.steeringEnabled ? g.targets : [], cumD: null, cumN: null, cumW: null, weight };
      });
      return {
        code: spec.code,
        stream: spec.stream,
        groups,
        groupOf,
        beta0: betaOf[spec.code],
        drift: drift(betaOf[spec.code]),
        cumNum: new Float64Array(groups.length),
        cumDen: new Float64Array(groups.length),
      };
    });
    this.byCode = new Map(this.indicators.map((i) => [i.code, i]));
    this.steeringEndMs = Math.max(this.startMs, ...this.indicators.flatMap((i) => i.groups.flatMap((g) => g.targets.map((t) => t.at))));
    this.calibrationEndMs = Math.max(this.calStartMs + HOUR_MS, ...specs.flatMap((i) => i.groups.flatMap((g) => g.targets.map((t) => t.at))));
    this.calibrate(specs);
  }

  // ------------------------------------------------------------------ calibration

  private monthFactor(ms: number): number {
    const { year, month } = civilOfDay(dayIndexOfMs(ms));
    return MONTH_FACTOR[month - 1]! * (1 + YEARLY_GROWTH * Math.max(0, year - 2025));
  }

  /**
   * Solves the nominal curves' knots and the volumes, then precomputes the
   * expected cumulative quantities the steering needs (hourly, start → last target).
   */
  private calibrate(specs: IndicatorSpec[]): void {
    const hours = Math.max(1, Math.ceil((this.calibrationEndMs - this.calStartMs) / HOUR_MS));
    // Hourly rhythm integrals × month factor (volume 1 per working-day equivalent).
    const on = new Float64Array(hours);
    const off = new Float64Array(hours);
    const proc = new Float64Array(hours);
    const mid = new Float64Array(hours);
    for (let h = 0; h < hours; h++) {
      const a = this.calStartMs + h * HOUR_MS;
      const m = this.monthFactor(a);
      on[h] = integrateProfile(ONLINE_PROFILE, a, a + HOUR_MS) * m;
      off[h] = integrateProfile(COUNTER_PROFILE, a, a + HOUR_MS) * m;
      proc[h] = integrateProfile(PROCESSING_PROFILE, a, a + HOUR_MS) * m;
      mid[h] = a + HOUR_MS / 2;
    }

    const solveCurve = (knots: KnotSpec[], ratioTerms: (h: number) => { A: number; B: number; C: number }, targetRatio: (at: number) => number): Curve => {
      const t: number[] = [];
      const s: number[] = [];
      for (const k of knots) {
        const at = k.at.getTime();
        if ('s' in k) s.push(k.s);
        else if ('rel' in k) s.push(clampShare(Math.min(0.99, (s[s.length - 1] ?? 0.5) + k.rel)));
        else {
          // N(x)/D(x) = target, with N, D affine in the unknown knot value x.
          const until = Math.min(hours, Math.round((at - this.calStartMs) / HOUR_MS));
          let n0 = 0, n1 = 0, d0 = 0, d1 = 0;
          const c0: Curve = { t: Float64Array.from([...t, at]), s: Float64Array.from([...s, 0]) };
          const c1: Curve = { t: Float64Array.from([...t, at]), s: Float64Array.from([...s, 1]) };
          for (let h = 0; h < until; h++) {
            const base = evalCurve(c0, mid[h]!);
            const phi = evalCurve(c1, mid[h]!) - base;
            const { A, B, C } = ratioTerms(h);
            n0 += base * A;
            n1 += phi * A;
            d0 += B + base * C;
            d1 += phi * C;
          }
          const r = targetRatio(at);
          const x = n1 - r * d1 !== 0 ? (r * d0 - n0) / (n1 - r * d1) : r;
          s.push(clampShare(x));
        }
        t.push(at);
      }
      return { t: Float64Array.from(t), s: Float64Array.from(s) };
    };

    // 1. Online submission: its share shapes the rhythm of all received dossiers.
    const nopSpec = specs.find((x) => x.code === 'DVC.NOP_TRUC_TUYEN')!;
    const nop = this.byCode.get('DVC.NOP_TRUC_TUYEN')!;
    const nopTargets = new Map(nopSpec.groups[0]!.targets.map((x) => [x.at, x.coef[0]!]));
    nop.groups[0]!.curve = solveCurve(nopSpec.groups[0]!.knots, (h) => ({ A: on[h]!, B: off[h]!, C: on[h]! - off[h]! }), (at) => nopTargets.get(at) ?? 0.5);
    const sNop = (ms: number) => evalCurve(nop.groups[0]!.curve, ms);

    // 2. Volumes: 177.477 received and 170.680 processed over 28/6–12/12/2025 (seed 001).
    let expReceived = 0;
    let expProcessed = 0;
    const windowStart = DIG.windowStart.getTime();
    const windowEnd = DIG.at.getTime();
    for (let a = windowStart; a < windowEnd; a += HOUR_MS) {
      const m = this.monthFactor(a);
      const s = sNop(a + HOUR_MS / 2);
      expReceived += m * (s * integrateProfile(ONLINE_PROFILE, a, a + HOUR_MS) + (1 - s) * integrateProfile(COUNTER_PROFILE, a, a + HOUR_MS));
      expProcessed += m * integrateProfile(PROCESSING_PROFILE, a, a + HOUR_MS);
    }
    this.volumeReceived = DIG.intake.denominator / expReceived;
    this.volumeProcessed = DIG.results.denominator / expProcessed;

    // Expected received / processed per hour, province total.
    const received = new Float64Array(hours);
    const processed = new Float64Array(hours);
    const counter = new Float64Array(hours);
    for (let h = 0; h < hours; h++) {
      const s = sNop(mid[h]!);
      received[h] = this.volumeReceived * (s * on[h]! + (1 - s) * off[h]!);
      counter[h] = this.volumeReceived * (1 - s) * off[h]!;
      processed[h] = this.volumeProcessed * proc[h]!;
    }

    // 3. The other curves, then the steering tables of every group.
    for (const spec of specs) {
      const ind = this.byCode.get(spec.code)!;
      const share = ind.stream === 'received' ? this.shareReceived : this.shareProcessed;
      const groupShare = spec.groups.map((g) => g.rows.reduce((s, u) => s + share[u]!, 0));
      const volume = ind.stream === 'received' ? received : processed;
      // Expected denominators of every group up to each target (for group-mixing targets).
      const expectedD = (gi: number, at: number) => {
        let sum = 0;
        const until = Math.min(hours, Math.round((at - this.calStartMs) / HOUR_MS));
        for (let h = 0; h < until; h++) sum += volume[h]! * groupShare[gi]!;
        return sum;
      };
      spec.groups.forEach((g, gi) => {
        const group = ind.groups[gi]!;
        if (spec.code !== 'DVC.NOP_TRUC_TUYEN') {
          const targetRatio = (at: number) => {
            const target = g.targets.find((x) => x.at === at);
            if (!target) return 0.5;
            const own = expectedD(gi, at);
            const wanted = target.coef.reduce((sum, c, gj) => sum + c * expectedD(gj, at), 0);
            return own > 0 ? wanted / own : 0.5;
          };
          group.curve = solveCurve(g.knots, (h) => ({ A: volume[h]! * groupShare[gi]!, B: volume[h]! * groupShare[gi]!, C: 0 }), targetRatio);
        }
        if (group.targets.length === 0) return;
        const cumD = new Float64Array(hours + 1);
        const cumN = new Float64Array(hours + 1);
        const cumW = new Float64Array(hours + 1);
        for (let h = 0; h < hours; h++) {
          const s = evalCurve(group.curve, mid[h]!);
          const d = volume[h]! * groupShare[gi]!;
          const n = spec.code === 'DVC.NOP_TRUC_TUYEN' ? this.volumeReceived * s * on[h]! * groupShare[gi]! : s * d;
          // Steering happens where there is room: counter dossiers for online submission, else the volume itself.
          const w = spec.code === 'DVC.NOP_TRUC_TUYEN' ? counter[h]! * groupShare[gi]! : d;
          cumD[h + 1] = cumD[h]! + d;
          cumN[h + 1] = cumN[h]! + n;
          cumW[h + 1] = cumW[h]! + w;
        }
        group.cumD = new HourlyCumulative(this.calStartMs, cumD);
        group.cumN = new HourlyCumulative(this.calStartMs, cumN);
        group.cumW = new HourlyCumulative(this.calStartMs, cumW);
      });
    }
  }

  /** The nominal province-level share of an indicator at t (groups weighted by their volume), for inspection and tests. */
  nominalShare(code: FlowIndicator, ms: number): number {
    const ind = this.byCode.get(code)!;
    const share = ind.stream === 'received' ? this.shareReceived : this.shareProcessed;
    let total = 0;
    let weight = 0;
    for (const g of ind.groups) {
      const w = g.rows.reduce((s, u) => s + share[u]!, 0);
      total += w * evalCurve(g.curve, ms);
      weight += w;
    }
    return weight > 0 ? total / weight : 0;
  }

  /** Knots of the nominal curves (for inspection). */
  curves(): Record<string, { t: Date; s: number }[][]> {
    return Object.fromEntries(this.indicators.map((i) => [i.code, i.groups.map((g) => Array.from(g.curve.t, (t, k) => ({ t: new Date(t), s: g.curve.s[k]! })))]));
  }

  // ------------------------------------------------------------------ generation

  private resetState(): void {
    for (const ind of this.indicators) {
      ind.cumNum.fill(0);
      ind.cumDen.fill(0);
    }
    this.cursor = this.startMs;
  }

  /**
   * Rows of the flows for steps of `stepMs` from `fromMs` to `toMs` (the last
   * step may be shorter), timestamped at the start of their step.
   */
  generate(fromMs: number, toMs: number, stepMs: number, speed: number, out: MeasurementInput[]): void {
    const from = Math.max(fromMs, this.startMs);
    if (!(toMs > from)) return;
    if (from < this.steeringEndMs && from !== this.cursor) {
      // The cumulative sums the steering needs are not at `from`: rebuild them.
      this.resetState();
      if (from > this.startMs) this.run(this.startMs, from, DAY_MS, 1, null);
    }
    this.run(from, toMs, stepMs, speed, out);
  }

  private run(fromMs: number, toMs: number, stepMs: number, speed: number, out: MeasurementInput[] | null): void {
    const step = stepMs > 0 ? stepMs : toMs - fromMs;
    for (let a = fromMs; a < toMs; ) {
      const b = Math.min(toMs, a + step);
      this.step(a, b, speed, out);
      a = b;
    }
    this.cursor = toMs;
  }

  private step(a: number, b: number, speed: number, out: MeasurementInput[] | null): void {
    const rows = this.rowCount;
    const steering = a < this.steeringEndMs;
    const won = integrateProfile(ONLINE_PROFILE, a, b);
    const woff = integrateProfile(COUNTER_PROFILE, a, b);
    const wproc = integrateProfile(PROCESSING_PROFILE, a, b);
    if (won + woff + wproc <= 0) return;
    const midMs = (a + b) / 2;
    // Each step has its own random stream: the same step gives the same counts whatever came before.
    const rng = new Rng(hashSeed(this.seed, 'flow-step', a, b));
    const dayRng = new Rng(hashSeed(this.seed, 'flow-day', dayIndexOfMs(midMs)));
    const mult = this.monthFactor(midMs) * dayRng.lognormal(0.08) * (speed > 0 ? speed : 0);
    const years = (midMs - this.calStartMs) / YEAR_MS;

    // Probabilities per row and indicator.
    const prob = this.indicators.map((ind) => {
      const beta = Float64Array.from(ind.beta0, (b0, u) => b0 + ind.drift[u]! * years);
      const p = new Float64Array(rows);
      for (const g of ind.groups) {
        const s = evalCurve(g.curve, midMs);
        if (g.rows.length === 1) {
          p[g.rows[0]!] = clampShare(s);
          continue;
        }
        const alpha = solveAlpha(beta, g.weight, g.rows, s);
        for (const u of g.rows) p[u] = sigmoid(alpha + beta[u]!);
      }
      return p;
    });
    const [pNop, pTn, pXl, pKq] = prob as [Float64Array, Float64Array, Float64Array, Float64Array];

    // Sample; keep the expected counts too (the steering needs them).
    const num = this.indicators.map(() => new Float64Array(rows));
    const den = this.indicators.map(() => new Float64Array(rows));
    const expNum = this.indicators.map(() => new Float64Array(rows));
    const expDen = this.indicators.map(() => new Float64Array(rows));
    const vr = this.volumeReceived * mult;
    const vp = this.volumeProcessed * mult;
    for (let u = 0; u < rows; u++) {
      const lambdaOnline = vr * this.shareReceived[u]! * pNop[u]! * won;
      const lambdaCounter = vr * this.shareReceived[u]! * (1 - pNop[u]!) * woff;
      const lambdaProcessed = vp * this.shareProcessed[u]! * wproc;
      const online = rng.poisson(lambdaOnline);
      const counter = rng.poisson(lambdaCounter);
      const received = online + counter;
      const processed = rng.poisson(lambdaProcessed);
      num[0]![u] = online;
      den[0]![u] = received;
      num[1]![u] = rng.binomial(received, pTn[u]!);
      den[1]![u] = received;
      num[2]![u] = rng.binomial(processed, pXl[u]!);
      den[2]![u] = processed;
      num[3]![u] = rng.binomial(processed, pKq[u]!);
      den[3]![u] = processed;
      const lambdaReceived = lambdaOnline + lambdaCounter;
      expNum[0]![u] = lambdaOnline;
      expDen[0]![u] = lambdaReceived;
      expNum[1]![u] = lambdaReceived * pTn[u]!;
      expDen[1]![u] = lambdaReceived;
      expNum[2]![u] = lambdaProcessed * pXl[u]!;
      expDen[2]![u] = lambdaProcessed;
      expNum[3]![u] = lambdaProcessed * pKq[u]!;
      expDen[3]![u] = lambdaProcessed;
    }

    this.indicators.forEach((ind, i) => {
      const n = num[i]!;
      const d = den[i]!;
      if (steering) this.steer(ind, a, b, n, d, expNum[i]!, expDen[i]!, rng);
      ind.groups.forEach((g, gi) => {
        for (const u of g.rows) {
          ind.cumNum[gi]! += n[u]!;
          ind.cumDen[gi]! += d[u]!;
        }
      });
      if (!out) return;
      const ts = new Date(a);
      for (let u = 0; u < rows; u++) {
        if (d[u]! <= 0) continue;
        out.push({ ts, indicator: ind.code, unit: this.units.rowCodes[u]!, numerator: n[u]!, denominator: d[u]!, source: 'simulator', simulated: true });
      }
    });
  }

  /**
   * Nudges the step's numerators so that each group's cumulative ratio closes on its next target.
   * The remaining gap is spread over the steps until the target in proportion to their expected
   * volume: each dossier with room (a counter dossier for online submission, a not-digitised one
   * for digitisation; the reverse for a decrease) is converted with probability
   * (share of the gap) / (expected room of the step), so that even many tiny live ticks add up to
   * the gap on average. The last step with volume before the target closes the gap exactly.
   */
  private steer(ind: IndicatorRuntime, a: number, b: number, n: Float64Array, d: Float64Array, expN: Float64Array, expD: Float64Array, rng: Rng): void {
    const stepDen = ind.groups.map((g) => g.rows.reduce((s, u) => s + d[u]!, 0));
    ind.groups.forEach((g, gi) => {
      const target = g.targets.find((t) => t.at > a);
      if (!target || !g.cumD || !g.cumN || !g.cumW) return;
      const T = target.at;
      // Σ coef × (realised so far + this step + expected until T) …
      let wanted = 0;
      target.coef.forEach((c, gj) => {
        if (c === 0) return;
        const other = ind.groups[gj]!;
        wanted += c * (ind.cumDen[gj]! + stepDen[gj]! + (other.cumD ? other.cumD.between(b, T) : 0));
      });
      let stepNum = 0;
      for (const u of g.rows) stepNum += n[u]!;
      // … minus what the group will have: so far + this step + expected natural numerator until T.
      const gap = wanted - (ind.cumNum[gi]! + stepNum + g.cumN.between(b, T));
      const wStep = g.cumW.between(a, Math.min(b, T));
      const wAfter = g.cumW.between(b, T);
      const last = b >= T || wAfter <= 1e-9;
      if (!last && wStep <= 0) return;
      const increase = gap > 0;
      // Room: not-yet-counted dossiers for an increase, counted ones for a decrease.
      const caps = g.rows.map((u) => (increase ? d[u]! - n[u]! : n[u]!));
      const room = caps.reduce((s, c) => s + c, 0);
      if (room <= 0) return;
      const sign = increase ? 1 : -1;
      let take: number[];
      if (last) {
        // Close exactly: the gap in whole dossiers, split in proportion to the room.
        const amount = Math.min(Math.round(Math.abs(gap)), room);
        take = caps.map((c) => Math.floor((amount * c) / room));
        let left = amount - take.reduce((s, x) => s + x, 0);
        while (left > 0) {
          const k = rng.weightedIndex(caps.map((c, j) => c - take[j]!));
          if (k < 0) break;
          take[k]! += 1;
          left--;
        }
      } else {
        const share = (Math.abs(gap) * wStep) / (wStep + wAfter);
        let expectedRoom = 0;
        for (const u of g.rows) expectedRoom += increase ? expD[u]! - expN[u]! : expN[u]!;
        const q = expectedRoom > 0 ? Math.min(1, share / expectedRoom) : 0;
        take = caps.map((c) => rng.binomial(c, q));
      }
      g.rows.forEach((u, j) => (n[u] = n[u]! + sign * take[j]!));
    });
  }
}
