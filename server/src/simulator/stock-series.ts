/**
 * A stock indicator's simulated history as a list of state changes: one event
 * per unit at the simulation start, then one each time the unit's state changes.
 * Pure data, built once per model; range queries and "value at t" are binary searches.
 */
import type { RatioParts, UnitCode } from '@ioc/shared';

export interface StockEvent {
  /** Epoch ms. */
  t: number;
  /** Index into the series' unit list. */
  unit: number;
  numerator: number;
  denominator: number;
}

function upperBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class StockSeries {
  readonly events: readonly StockEvent[];
  private readonly times: Float64Array;
  private readonly perUnit: { times: Float64Array; events: StockEvent[] }[];
  private readonly unitIndex: Map<string, number>;

  constructor(
    readonly units: readonly UnitCode[],
    events: StockEvent[],
  ) {
    const sorted = [...events].sort((a, b) => a.t - b.t || a.unit - b.unit);
    this.events = sorted;
    this.times = Float64Array.from(sorted, (e) => e.t);
    const buckets: StockEvent[][] = units.map(() => []);
    for (const e of sorted) buckets[e.unit]!.push(e);
    this.perUnit = buckets.map((list) => ({ times: Float64Array.from(list, (e) => e.t), events: list }));
    this.unitIndex = new Map(units.map((u, i) => [u, i]));
  }

  /** Events with fromMs <= t < toMs, in time order. */
  eventsIn(fromMs: number, toMs: number): StockEvent[] {
    return this.events.slice(lowerBound(this.times, fromMs), lowerBound(this.times, toMs));
  }

  indexOf(unit: UnitCode | string): number | undefined {
    return this.unitIndex.get(unit);
  }

  /** State of one unit at t (its latest event at or before t), or null before its first event. */
  valueAt(unit: number, t: number): RatioParts | null {
    const u = this.perUnit[unit];
    if (!u) return null;
    const i = upperBound(u.times, t) - 1;
    if (i < 0) return null;
    const e = u.events[i]!;
    return { numerator: e.numerator, denominator: e.denominator };
  }

  /** Σ of the states of the given units (all units by default) at t. */
  totalAt(t: number, units?: Iterable<number>): RatioParts {
    let numerator = 0;
    let denominator = 0;
    const list = units ?? this.units.map((_, i) => i);
    for (const u of list) {
      const v = this.valueAt(u, t);
      if (v) {
        numerator += v.numerator;
        denominator += v.denominator;
      }
    }
    return { numerator, denominator };
  }
}

/**
 * The same history seen from a later start: each unit's state at `startMs`
 * becomes its initial event at `startMs`; earlier events are dropped.
 */
export function rebaseSeries(series: StockSeries, startMs: number): StockSeries {
  const first = series.events[0];
  if (!first || first.t >= startMs) return series;
  const initial: StockEvent[] = [];
  series.units.forEach((_, u) => {
    const v = series.valueAt(u, startMs);
    if (v) initial.push({ t: startMs, unit: u, numerator: v.numerator, denominator: v.denominator });
  });
  return new StockSeries(series.units, [...initial, ...series.events.filter((e) => e.t > startMs)]);
}
