/**
 * Loads the scenes' REST data: at start, every 10 minutes while the page is
 * visible, a minute after a failure, and after each reconnect (the server may
 * have restarted with other data). A new request cancels the one in flight.
 */
import type { Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { repeatWhileVisible } from '../lib/repeat.js';
import { metricsStore } from '../store/metrics-store.js';
import { sceneDataActions, sceneDataStore, type SceneDataKey, type SceneDataOf } from '../store/scene-data-store.js';

export const SCENE_DATA_REFRESH_MS = 10 * 60_000;
export const SCENE_DATA_RETRY_MS = 60_000;

const SOURCES: { [K in SceneDataKey]: string } = {
  connectivity: '/api/connectivity',
  tasks: '/api/tasks',
};

function startOne<K extends SceneDataKey>(key: K): Cancel {
  let inFlight: AbortController | null = null;
  const load = () => {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    sceneDataActions.loading(key);
    getJson<SceneDataOf<K>>(SOURCES[key], controller.signal)
      .then((data) => sceneDataActions.loaded(key, data))
      .catch((err: unknown) => {
        if (!isAbort(err)) sceneDataActions.failed(key, errorCode(err));
      });
  };
  const cancelRefresh = repeatWhileVisible(load, { periodMs: SCENE_DATA_REFRESH_MS });
  const cancelRetry = repeatWhileVisible(() => sceneDataStore.getState()[key].status === 'error' && load(), {
    periodMs: SCENE_DATA_RETRY_MS,
    immediate: false,
  });
  let seenConnects = metricsStore.getState().connectCount;
  const unsubscribe = metricsStore.subscribe((s) => {
    if (s.connectCount === seenConnects) return;
    const reconnected = seenConnects > 0;
    seenConnects = s.connectCount;
    if (reconnected) load();
  });
  return () => {
    cancelRefresh();
    cancelRetry();
    unsubscribe();
    inFlight?.abort();
  };
}

export function startSceneData(): Cancel {
  const stops = (Object.keys(SOURCES) as SceneDataKey[]).map((key) => startOne(key));
  return () => {
    for (const stop of stops) stop();
  };
}
