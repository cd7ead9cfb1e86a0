/**
 * The live connection, outside React: connects with the protocol version,
 * subscribes to every indicator on each (re)connect — resuming from the last
 * change applied, so the server replays exactly what was missed — and writes
 * snapshots and changes to the store through its actions. Every change is
 * applied once and in order; a gap asks for a resume (shared/src/protocol/stream-client.ts). Socket.IO reconnects forever with a
 * capped delay; when the server itself refuses or drops the socket (no automatic
 * reconnection then), this module retries on its own backoff.
 */
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  attachMetricsStream,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@ioc/shared';
import { clock, type Cancel } from '../lib/clock.js';
import { metricsActions } from '../store/metrics-store.js';

export type MetricsSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export const RECONNECT_DELAY_MS = 1_000;
export const RECONNECT_DELAY_MAX_MS = 15_000;

export function startMetricsSocket(actions = metricsActions): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION };
  const socket: MetricsSocket = io({
    auth,
    transports: ['websocket'],
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: RECONNECT_DELAY_MS,
    reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
    randomizationFactor: 0.5,
  });

  let manualDelay = RECONNECT_DELAY_MS;
  let cancelManualRetry: Cancel = () => {};
  // Socket.IO stops retrying after a refusal by the server (middleware error or
  // `io server disconnect`); a wall must not give up, so retry here too.
  const retryIfInactive = () => {
    if (socket.active) return;
    cancelManualRetry();
    cancelManualRetry = clock().setTimeout(() => socket.connect(), manualDelay);
    manualDelay = Math.min(RECONNECT_DELAY_MAX_MS, manualDelay * 2);
  };

  const stream = attachMetricsStream(socket, {
    snapshot: (snapshot) => actions.applySnapshot(snapshot, 'socket'),
    change: (change) => actions.applyUpdate(change),
    subscribeFailed: (error) => actions.subscribeFailed(error),
  });

  actions.connecting();
  socket.on('connect', () => {
    manualDelay = RECONNECT_DELAY_MS;
    actions.connected();
    stream.connected();
  });
  socket.on('disconnect', () => {
    actions.disconnected();
    retryIfInactive();
  });
  socket.on('connect_error', () => {
    actions.disconnected();
    retryIfInactive();
  });
  socket.io.on('reconnect_attempt', () => {
    if (!socket.connected) actions.disconnected();
  });
  return () => {
    cancelManualRetry();
    socket.removeAllListeners();
    socket.io.removeAllListeners();
    socket.disconnect();
  };
}
