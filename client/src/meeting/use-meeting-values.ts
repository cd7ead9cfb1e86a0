/** The province's value of every indicator at the end of the meeting day; a new date aborts the queries in flight. */
import { INDICATORS, PROVINCE_CODE, type SeriesResponse } from '@ioc/shared';
import { getJson } from '../lib/http.js';
import { useQuery, type QueryState } from '../lib/use-query.js';
import { dayWindow, valueOnDay } from './kpi-change.js';

export type AtDate = QueryState<{ values: Record<string, number | null>; simulated: boolean }>;

export function useValuesOn(day: string): AtDate {
  return useQuery(day, async (signal) => {
    const { from, to } = dayWindow(day);
    const rows = await Promise.all(
      INDICATORS.map(async (i) => {
        const q = new URLSearchParams({ indicator: i.code, unit: PROVINCE_CODE, from, to, bucket: 'day' });
        const r = await getJson<SeriesResponse>(`/api/series?${q.toString()}`, signal);
        return [i.code, valueOnDay(i, r.points), r.simulated] as const;
      }),
    );
    return { values: Object.fromEntries(rows.map(([code, value]) => [code, value])), simulated: rows.some((r) => r[2]) };
  });
}
