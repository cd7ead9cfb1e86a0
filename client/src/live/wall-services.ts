/** Everything the wall runs in the background, started together and stopped together. */
import type { Cancel } from '../lib/clock.js';
import { startMetricsSocket } from './socket.js';
import { startReferenceLoading } from './reference.js';
import { startSnapshotAndHealth } from './snapshot.js';
import { startSeriesRefresh } from './series.js';
import { startMetricCycle } from './metric-cycler.js';
import { WALL_METRICS } from '../wall/metric-cycle.js';

export function startWallServices(search: string): Cancel {
  const stops = [
    startMetricCycle(search),
    startReferenceLoading(),
    startSnapshotAndHealth(),
    startMetricsSocket(),
    startSeriesRefresh(WALL_METRICS),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
