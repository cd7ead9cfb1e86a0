/** Which indicator the wall's map shows: the four headline indicators in turn, or one pinned by `?metric=CODE`. */
import { FAMILY_HEADLINE, METRIC_FAMILIES, isIndicatorCode, type IndicatorCode, type MetricFamily } from '@ioc/shared';

export const CYCLE_SECONDS = 20;

/** The headline indicators in the order of the families (the order of the tiles). */
export const WALL_FAMILIES = Object.keys(METRIC_FAMILIES) as MetricFamily[];
export const WALL_METRICS: readonly IndicatorCode[] = WALL_FAMILIES.map((f) => FAMILY_HEADLINE[f]);

/** The indicator pinned by the page's query string, or null (unknown codes are ignored). */
export function pinnedMetric(search: string): IndicatorCode | null {
  const code = new URLSearchParams(search).get('metric');
  return code !== null && isIndicatorCode(code) ? code : null;
}

export function nextMetric(current: IndicatorCode, cycle: readonly IndicatorCode[] = WALL_METRICS): IndicatorCode {
  const i = cycle.indexOf(current);
  return cycle[(i + 1) % cycle.length] ?? cycle[0] ?? current;
}
