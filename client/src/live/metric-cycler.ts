/** Cycles the map's indicator every 20 s, unless `?metric=CODE` pins one. */
import type { Cancel } from '../lib/clock.js';
import { repeatWhileVisible } from '../lib/repeat.js';
import { wallActions, wallStore } from '../store/wall-store.js';
import { CYCLE_SECONDS, WALL_METRICS, nextMetric, pinnedMetric } from '../wall/metric-cycle.js';

export function startMetricCycle(search: string): Cancel {
  const pinned = pinnedMetric(search);
  wallActions.select(pinned ?? WALL_METRICS[0]!, pinned !== null);
  if (pinned) return () => {};
  return repeatWhileVisible(() => wallActions.advance(nextMetric(wallStore.getState().selected)), {
    periodMs: CYCLE_SECONDS * 1000,
    immediate: false,
  });
}
