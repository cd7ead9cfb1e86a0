/**
 * The simulation model: pure, no database. Everything it produces is SIMULATED
 * data (source 'simulator', simulated: true), calibrated so that the province
 * figures pass through the seed figures on their dates (calibration.ts).
 *
 * API
 *   createSimulationModel(reference, { seed?, start?, speed? }): SimulationModel
 *   model.start, model.seed
 *   model.generate(from, to, stepMs, speed?): MeasurementInput[]
 *     Rows with from <= ts < to, sorted by ts.
 *     - flows (DVC.NOP_TRUC_TUYEN, DVC.XU_LY_TRUC_TUYEN, SOHOA.TIEP_NHAN, SOHOA.KET_QUA):
 *       one row per unit per step [a, b) (the last step may be shorter), ts = a, counts of
 *       that step; rows whose denominator is 0 are skipped. `speed` (default: the model's,
 *       1) multiplies the arrival rates (demos, tests); timestamps stay real.
 *       Calls are expected in chronological order; before the last calibration date
 *       (31/12/2025) a call that does not continue the previous one replays from the
 *       start to rebuild the cumulative sums the calibration needs (≈ 20 ms).
 *     - stocks (DVC.TOAN_TRINH, SOHOA.LUU_TRU, NGANSACH.GIAI_NGAN_KHCN, HATANG.PHU_SONG_4G,
 *       HATANG.BANG_RONG_CO_DINH): a row at each state change within [from, to), at its
 *       own time; the initial rows (every unit) are at ts = start. Deterministic: the
 *       same range always gives the same rows, however it is split.
 *   model.stockAt(indicator, unit, t): { numerator, denominator } | null
 *     State of a stock indicator at t: for '14' the province value (Σ over all rows: its own
 *     row + the communes, or all hamlets), for a commune or hamlet its own row, for a commune
 *     of a hamlet-level indicator Σ over its hamlets; null before the start.
 *   model.hamletConnectivity(at?): HamletConnectivity[]
 *     The 69 hamlets without 4G and the 449 without fixed broadband on 1/7/2025 with
 *     operator, planned date and covered-since (the full simulated schedule; with `at`,
 *     coverage after `at` is reported as null). Hamlets not listed were covered at the start.
 *
 * Start: the calibration assumes the default start, 1/7/2025 (the seed figures are
 * cumulative from then). With another `start` (tests) the same timeline is seen from
 * that moment: stocks start from their state then, flows follow the nominal curves
 * without the exact-hit steering.
 *
 * Units: indicators reported at ['province','commune'] get a row for the province
 * unit '14' (the provincial agencies' own share) and for each commune; the
 * province value is Σ numerator / Σ denominator over all of them. ['province']
 * → only '14'. ['hamlet'] → one row per hamlet (0 or 1 over 1).
 */
import { PROVINCE_CODE, getIndicator, type IndicatorCode, type RatioParts, type UnitCode } from '@ioc/shared';
import type { MeasurementInput } from '../measurements/measurement.js';
import { SIMULATION_START } from './calibration.js';
import { buildConnectivity, connectivityAsOf, type HamletConnectivity } from './connectivity.js';
import { FLOW_INDICATORS, FlowEngine, type FlowIndicator } from './flows.js';
import { Rng, hashSeed } from './random.js';
import type { SimulationReference } from './reference.js';
import { rebaseSeries, type StockSeries } from './stock-series.js';
import { buildArchive, buildBudget, buildFullOnline } from './stocks.js';
import { buildModelUnits, type ModelUnits } from './units.js';

export type { HamletConnectivity } from './connectivity.js';
export { FLOW_INDICATORS } from './flows.js';
export type { FlowIndicator } from './flows.js';

export const STOCK_INDICATORS = [
  'DVC.TOAN_TRINH',
  'SOHOA.LUU_TRU',
  'NGANSACH.GIAI_NGAN_KHCN',
  'HATANG.PHU_SONG_4G',
  'HATANG.BANG_RONG_CO_DINH',
] as const satisfies readonly IndicatorCode[];
export type StockIndicator = (typeof STOCK_INDICATORS)[number];

export const DEFAULT_SEED = 20250701;
const SOURCE = 'simulator';

export interface SimulationOptions {
  /** Seed of every random choice; the same seed and reference give the same data. */
  seed?: number;
  /** Start of the simulation; default 1/7/2025 00:00 Asia/Ho_Chi_Minh (the calibration assumes it). */
  start?: Date;
  /** Default multiplier of the flows' arrival rates (generate's `speed` overrides it). */
  speed?: number;
}

export interface SimulationModel {
  readonly start: Date;
  readonly seed: number;
  generate(from: Date, to: Date, stepMs: number, speed?: number): MeasurementInput[];
  stockAt(indicator: StockIndicator, unit: UnitCode | string, t: Date): RatioParts | null;
  hamletConnectivity(at?: Date): HamletConnectivity[];
  /** The nominal province-level share of a flow at t (0–1), before sampling; for inspection. */
  nominalShare(indicator: FlowIndicator, t: Date): number;
}

export function isStockIndicator(code: string): code is StockIndicator {
  return (STOCK_INDICATORS as readonly string[]).includes(code);
}

export function isFlowIndicator(code: string): code is FlowIndicator {
  return (FLOW_INDICATORS as readonly string[]).includes(code);
}

class Model implements SimulationModel {
  readonly start: Date;
  readonly seed: number;
  private readonly units: ModelUnits;
  private readonly flows: FlowEngine;
  private readonly stocks: Map<StockIndicator, StockSeries>;
  private readonly connectivity: HamletConnectivity[];
  private readonly defaultSpeed: number;

  constructor(reference: SimulationReference, options: SimulationOptions) {
    this.seed = (options.seed ?? DEFAULT_SEED) >>> 0;
    this.start = new Date((options.start ?? SIMULATION_START).getTime());
    this.defaultSpeed = options.speed ?? 1;
    this.units = buildModelUnits(reference);
    const startMs = this.start.getTime();
    this.flows = new FlowEngine(this.units, { seed: this.seed, startMs });
    // The stock schedules always begin with the 75 communes on 1/7/2025; a later start sees their state then.
    const baseMs = Math.min(startMs, SIMULATION_START.getTime());
    const connectivity = buildConnectivity(this.units, new Rng(hashSeed(this.seed, 'connectivity')), baseMs);
    this.connectivity = connectivity.plans;
    this.stocks = new Map<StockIndicator, StockSeries>(
      (
        [
          ['DVC.TOAN_TRINH', buildFullOnline(this.units.rowCodes, new Rng(hashSeed(this.seed, 'full-online')), baseMs)],
          ['SOHOA.LUU_TRU', buildArchive(this.units.rowCodes, new Rng(hashSeed(this.seed, 'archive')), baseMs)],
          ['NGANSACH.GIAI_NGAN_KHCN', buildBudget(this.units, new Rng(hashSeed(this.seed, 'budget')), baseMs).series],
          ['HATANG.PHU_SONG_4G', connectivity.mobile4g],
          ['HATANG.BANG_RONG_CO_DINH', connectivity.fixed],
        ] as [StockIndicator, StockSeries][]
      ).map(([code, series]) => [code, rebaseSeries(series, startMs)]),
    );
  }

  generate(from: Date, to: Date, stepMs: number, speed?: number): MeasurementInput[] {
    const fromMs = from.getTime();
    const toMs = to.getTime();
    const out: MeasurementInput[] = [];
    if (!(toMs > fromMs)) return out;
    this.flows.generate(fromMs, toMs, stepMs, speed ?? this.defaultSpeed, out);
    let sorted = true;
    for (const [indicator, series] of this.stocks) {
      const events = series.eventsIn(fromMs, toMs);
      if (events.length) sorted = false;
      for (const e of events) {
        out.push({
          ts: new Date(e.t),
          indicator,
          unit: series.units[e.unit]!,
          numerator: e.numerator,
          denominator: e.denominator,
          source: SOURCE,
          simulated: true,
        });
      }
    }
    if (!sorted) out.sort((a, b) => a.ts.getTime() - b.ts.getTime());
    return out;
  }

  stockAt(indicator: StockIndicator, unit: UnitCode | string, t: Date): RatioParts | null {
    const series = this.stocks.get(indicator);
    if (!series) return null;
    const ms = t.getTime();
    // The province: Σ over all rows (its own row + communes, or all hamlets).
    if (unit === PROVINCE_CODE) return series.totalAt(ms);
    const own = series.indexOf(unit);
    if (own !== undefined) return series.valueAt(own, ms);
    if (getIndicator(indicator).reportedAt.includes('hamlet')) {
      const commune = this.units.communes.find((c) => c.code === unit);
      return commune ? series.totalAt(ms, commune.hamlets) : null;
    }
    return null;
  }

  hamletConnectivity(at?: Date): HamletConnectivity[] {
    return connectivityAsOf(this.connectivity, at);
  }

  nominalShare(indicator: FlowIndicator, t: Date): number {
    return this.flows.nominalShare(indicator, t.getTime());
  }
}

export function createSimulationModel(reference: SimulationReference, options: SimulationOptions = {}): SimulationModel {
  return new Model(reference, options);
}
