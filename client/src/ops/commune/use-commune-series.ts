/** Loads a commune page's history; a new query (commune, comparison or range) aborts the one in flight. */
import { useQuery, type QueryState } from '../../lib/use-query.js';
import { COMMUNE_INDICATORS } from '../ops-params.js';
import type { ResolvedRange } from '../time-range.js';
import { loadCommuneSeries, type IndicatorSeries } from './commune-series.js';

export type SeriesState = QueryState<Record<string, IndicatorSeries>>;

export function useCommuneSeries(code: string, compare: string | null, range: ResolvedRange): SeriesState {
  return useQuery(`${code}|${compare}|${range.from}|${range.to}|${range.bucket}`, (signal) =>
    loadCommuneSeries(COMMUNE_INDICATORS, compare ? [code, compare] : [code], range, signal),
  );
}
