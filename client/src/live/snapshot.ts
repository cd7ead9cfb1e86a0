/**
 * A first fill of the values over REST (the socket's own snapshot replaces it),
 * and the health of the server every minute (simulator state; a new client
 * build deployed on the server reloads the page).
 */
import type { HealthResponse, SnapshotResponse } from '@ioc/shared';
import type { Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { repeatWhileVisible, retryWithBackoff } from '../lib/repeat.js';
import { metricsActions, metricsStore } from '../store/metrics-store.js';
import { createBuildWatch } from './build-watch.js';

export const HEALTH_PERIOD_MS = 60_000;

export function startSnapshotAndHealth(): Cancel {
  const cancelSnapshot = retryWithBackoff(async (signal) => {
    if (metricsStore.getState().snapshotSource === 'socket') return true;
    try {
      metricsActions.applySnapshot(await getJson<SnapshotResponse>('/api/snapshot', signal), 'rest');
      return true;
    } catch (err) {
      if (!isAbort(err)) metricsActions.valuesFailed(errorCode(err));
      return false;
    }
  });

  let inFlight: AbortController | null = null;
  const watchBuild = createBuildWatch(() => window.location.reload());
  const cancelHealth = repeatWhileVisible(
    () => {
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      getJson<HealthResponse>('/api/health', controller.signal)
        .then((health) => {
          metricsActions.healthLoaded(health);
          watchBuild(health.buildId);
        })
        .catch(() => {
          // The connection badge already tells when the server is away.
        });
    },
    { periodMs: HEALTH_PERIOD_MS },
  );

  return () => {
    cancelSnapshot();
    cancelHealth();
    inFlight?.abort();
  };
}
