/**
 * The operator's view lives in the URL, so a link (or the back button) brings
 * it back: `?indicator=` for the map and ranking, `?range=` (+ from/to) for the
 * charts, `?compare=` for a second commune, `?all=1` for the full ranking.
 */
import { INDICATORS, isIndicatorCode, type IndicatorCode, type IndicatorDefinition } from '@ioc/shared';
import { rangeFromParams, rangeToParams, type RangeChoice } from './time-range.js';

/** Indicators with values per commune: the others exist only for the province. */
export const COMMUNE_INDICATORS: readonly IndicatorDefinition[] = INDICATORS.filter((i) =>
  (i.reportedAt as readonly string[]).some((level) => level === 'commune' || level === 'hamlet'),
);

export const DEFAULT_INDICATOR: IndicatorCode = 'DVC.NOP_TRUC_TUYEN';

export interface OpsParams {
  indicator: IndicatorCode;
  range: RangeChoice;
  compare: string | null;
  all: boolean;
}

export function readOpsParams(search: string): OpsParams {
  const p = new URLSearchParams(search);
  const indicator = p.get('indicator');
  const compare = p.get('compare');
  return {
    indicator: indicator && isIndicatorCode(indicator) && COMMUNE_INDICATORS.some((i) => i.code === indicator) ? indicator : DEFAULT_INDICATOR,
    range: rangeFromParams(p),
    compare: compare && /^\d{5}$/.test(compare) ? compare : null,
    all: p.get('all') === '1',
  };
}

/** The same path with some parameters changed; defaults are left out of the URL. */
export function withOpsParams(path: string, search: string, change: Partial<OpsParams>): string {
  const p = new URLSearchParams(search);
  if (change.indicator !== undefined) {
    if (change.indicator === DEFAULT_INDICATOR) p.delete('indicator');
    else p.set('indicator', change.indicator);
  }
  if (change.range !== undefined) rangeToParams(change.range, p);
  if (change.compare !== undefined) {
    if (change.compare === null) p.delete('compare');
    else p.set('compare', change.compare);
  }
  if (change.all !== undefined) {
    if (change.all) p.set('all', '1');
    else p.delete('all');
  }
  const query = p.toString();
  return query ? `${path}?${query}` : path;
}
