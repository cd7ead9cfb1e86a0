/** Which freshly computed values differ from the ones last announced. */
import type { MetricValue } from '@ioc/shared';

export const valueKey = (v: Pick<MetricValue, 'indicator' | 'unit'>) => `${v.indicator}|${v.unit}`;

export function sameValue(a: MetricValue, b: MetricValue): boolean {
  return a.numerator === b.numerator && a.denominator === b.denominator && a.asOf === b.asOf && a.simulated === b.simulated && a.windowStart === b.windowStart;
}

/** The computed values that are new or differ from `announced`, in the order computed. */
export function changedValues(computed: readonly MetricValue[], announced: ReadonlyMap<string, MetricValue>): MetricValue[] {
  return computed.filter((v) => {
    const before = announced.get(valueKey(v));
    return !before || !sameValue(before, v);
  });
}
