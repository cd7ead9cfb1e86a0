/**
 * The province's daily series behind each tile's sparkline: fetched at start,
 * every 10 minutes while the page is visible, and after each reconnect (the
 * socket only carries current values, so a gap in the line is filled from REST).
 */
import { PROVINCE_CODE, type IndicatorCode, type SeriesResponse } from '@ioc/shared';
import { clock, type Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { repeatWhileVisible } from '../lib/repeat.js';
import { metricsStore } from '../store/metrics-store.js';
import { seriesActions, seriesStore } from '../store/series-store.js';
import { seriesWindow } from '../wall/tiles/tile-model.js';

export const SERIES_REFRESH_MS = 10 * 60_000;
/** A series that failed is asked again sooner than the regular refresh. */
export const SERIES_RETRY_MS = 60_000;

export function seriesUrl(indicator: IndicatorCode, now: number): string {
  const { from, to } = seriesWindow(now);
  const q = new URLSearchParams({ indicator, unit: PROVINCE_CODE, from, to, bucket: 'day' });
  return `/api/series?${q.toString()}`;
}

export function startSeriesRefresh(indicators: readonly IndicatorCode[]): Cancel {
  const inFlight = new Map<IndicatorCode, AbortController>();

  const refresh = (which: readonly IndicatorCode[] = indicators) => {
    const now = clock().now();
    for (const indicator of which) {
      // A new request for a series cancels the one in flight for it.
      inFlight.get(indicator)?.abort();
      const current = new AbortController();
      inFlight.set(indicator, current);
      seriesActions.loading(indicator);
      getJson<SeriesResponse>(seriesUrl(indicator, now), current.signal)
        .then((r) => seriesActions.loaded(indicator, r.points, clock().now()))
        .catch((err: unknown) => {
          if (!isAbort(err)) seriesActions.failed(indicator, errorCode(err));
        })
        .finally(() => {
          if (inFlight.get(indicator) === current) inFlight.delete(indicator);
        });
    }
  };

  const cancelRepeat = repeatWhileVisible(() => refresh(), { periodMs: SERIES_REFRESH_MS });
  const cancelRetry = repeatWhileVisible(
    () => {
      const { byIndicator } = seriesStore.getState();
      refresh(indicators.filter((i) => byIndicator[i]?.error));
    },
    { periodMs: SERIES_RETRY_MS, immediate: false },
  );
  let seenConnects = metricsStore.getState().connectCount;
  const unsubscribe = metricsStore.subscribe((s) => {
    if (s.connectCount === seenConnects) return;
    const reconnected = seenConnects > 0;
    seenConnects = s.connectCount;
    if (reconnected) refresh();
  });

  return () => {
    cancelRepeat();
    cancelRetry();
    unsubscribe();
    for (const c of inFlight.values()) c.abort();
    inFlight.clear();
  };
}
