/**
 * The change of each key indicator since a meeting: the province's value now
 * against its value at the end of the meeting day (the figure the meeting saw:
 * year to date for a flow, the state for a stock).
 */
import { localMidnight, type IndicatorDefinition, type SeriesPoint } from '@ioc/shared';

/** The instants of one local day, for `GET /api/series?bucket=day`. */
export function dayWindow(day: string): { from: string; to: string } {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return { from: localMidnight(y, m, d).toISOString(), to: localMidnight(y, m, d + 1).toISOString() };
}

export function valueOnDay(indicator: Pick<IndicatorDefinition, 'kind'>, points: readonly SeriesPoint[]): number | null {
  const last = points[points.length - 1];
  if (!last) return null;
  return indicator.kind === 'flow' ? last.cumulativeValue : last.value;
}

/** Now minus then, in percentage points; null when either is unknown. */
export function changeSince(now: number | null, then: number | null): number | null {
  return now === null || then === null ? null : now - then;
}

/** Whether a change moves towards the better (respecting lower-is-better indicators); null when flat or unknown. */
export function improved(indicator: Pick<IndicatorDefinition, 'higherIsBetter'>, change: number | null): boolean | null {
  // Below what one decimal shows, the screen would say "±0,0": call it flat.
  if (change === null || Math.abs(change) < 0.05) return null;
  return indicator.higherIsBetter ? change > 0 : change < 0;
}
