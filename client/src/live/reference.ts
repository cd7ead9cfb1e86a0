/**
 * Reference data over REST: indicators, the communes, the map mode and (in
 * boundaries mode) the boundary file. Each piece retries on its own until it
 * loads; its error is state the screens show meanwhile.
 */
import type { BoundaryResponseMeta, IndicatorsResponse, UnitsResponse } from '@ioc/shared';
import type { Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { retryWithBackoff } from '../lib/repeat.js';
import { metricsActions } from '../store/metrics-store.js';
import type { BoundaryCollection } from '../wall/map/geojson.js';

type Key = 'indicators' | 'units' | 'mapMeta' | 'boundaries';

function load<K extends Key, T>(key: K, fetcher: (signal: AbortSignal) => Promise<T>, onLoaded: (data: T) => void): Cancel {
  return retryWithBackoff(async (signal) => {
    metricsActions.referenceLoading(key);
    try {
      onLoaded(await fetcher(signal));
      return true;
    } catch (err) {
      if (!isAbort(err)) metricsActions.referenceFailed(key, errorCode(err));
      return false;
    }
  });
}

export function startReferenceLoading(): Cancel {
  const cancels: Cancel[] = [];
  cancels.push(
    load(
      'indicators',
      (signal) => getJson<IndicatorsResponse>('/api/indicators', signal),
      (r) => metricsActions.referenceLoaded('indicators', r.indicators),
    ),
    load(
      'units',
      (signal) => getJson<UnitsResponse>('/api/units?level=commune', signal),
      (r) => metricsActions.referenceLoaded('units', r.units),
    ),
    load(
      'mapMeta',
      (signal) => getJson<BoundaryResponseMeta>('/api/map', signal),
      (meta) => {
        metricsActions.referenceLoaded('mapMeta', meta);
        if (meta.mode === 'boundaries') {
          cancels.push(
            load(
              'boundaries',
              (signal) => getJson<BoundaryCollection>('/api/boundaries.geojson', signal),
              (fc) => metricsActions.referenceLoaded('boundaries', fc),
            ),
          );
        }
      },
    ),
  );
  return () => {
    for (const cancel of cancels) cancel();
  };
}
