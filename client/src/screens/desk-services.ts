/**
 * What /ops and /meeting run in the background: the same live modules as the
 * wall (reference data, a REST snapshot and health, the socket for live
 * values), started together and stopped together.
 */
import type { Cancel } from '../lib/clock.js';
import { startReferenceLoading } from '../live/reference.js';
import { startSnapshotAndHealth } from '../live/snapshot.js';
import { startMetricsSocket } from '../live/socket.js';

export function startDeskServices(): Cancel {
  const stops = [startReferenceLoading(), startSnapshotAndHealth(), startMetricsSocket()];
  return () => {
    for (const stop of stops.reverse()) stop();
  };
}
