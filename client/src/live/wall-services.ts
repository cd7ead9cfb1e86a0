/** Everything the wall runs in the background, started together and stopped together. */
import type { Cancel } from '../lib/clock.js';
import { screenId } from '../lib/screen-id.js';
import { startMetricsSocket } from './socket.js';
import { startReferenceLoading } from './reference.js';
import { startSnapshotAndHealth } from './snapshot.js';
import { startSeriesRefresh } from './series.js';
import { startMetricCycle } from './metric-cycler.js';
import { startPlaylist } from './playlist.js';
import { startSceneRotation } from './scene-rotation.js';
import { startSceneData } from './scene-data.js';
import { startSystemChannel } from './system-channel.js';
import { WALL_METRICS } from '../wall/metric-cycle.js';

export function startWallServices(search: string): Cancel {
  const stops = [
    startPlaylist(search),
    startSceneRotation(),
    startMetricCycle(search),
    startReferenceLoading(),
    startSnapshotAndHealth(),
    // Before the system channel: the metrics socket creates the shared connection with its options.
    startMetricsSocket(),
    startSystemChannel({ screenId: screenId(), onReload: () => window.location.reload() }),
    startSeriesRefresh(WALL_METRICS),
    startSceneData(),
  ];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
