/** What each client was last sent, per indicator and unit: only values that changed go out again. */
import type { MetricValue } from '@ioc/shared';

const keyOf = (v: MetricValue) => `${v.indicator}|${v.unit}`;

function sameValue(a: MetricValue, b: MetricValue): boolean {
  return a.numerator === b.numerator && a.denominator === b.denominator && a.asOf === b.asOf && a.simulated === b.simulated;
}

export class ValueCache {
  private readonly values = new Map<string, MetricValue>();

  /** Stores the values and returns those that differ from what was stored. */
  update(values: readonly MetricValue[]): MetricValue[] {
    const changed: MetricValue[] = [];
    for (const v of values) {
      const key = keyOf(v);
      const before = this.values.get(key);
      if (!before || !sameValue(before, v)) {
        this.values.set(key, v);
        changed.push(v);
      }
    }
    return changed;
  }

  get size(): number {
    return this.values.size;
  }
}
