/**
 * The live connection, outside React: connects with the protocol version,
 * subscribes to every indicator on each (re)connect — resuming from the last
 * change applied, so the server replays exactly what was missed — and writes
 * snapshots and changes to the store through its actions. Every change is
 * applied once and in order; a gap asks for a resume (shared/src/protocol/stream-client.ts).
 * It never gives up reconnecting, and after a refusal for credentials tells the
 * sign-in state and the wall's pairing screen (persistent-socket.ts).
 */
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  attachMetricsStream,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@ioc/shared';
import type { Cancel } from '../lib/clock.js';
import { RECONNECTING_OPTIONS, keepConnected } from './persistent-socket.js';
import { metricsActions } from '../store/metrics-store.js';

export type MetricsSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export { AUTH_RETRY_MS, RECONNECT_DELAY_MAX_MS, RECONNECT_DELAY_MS, isAuthRefusal, onSocketAuthRefused, reportSocketAuthRefusal, type SocketAuthRefusal } from './persistent-socket.js';

export function startMetricsSocket(actions = metricsActions): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION };
  const socket: MetricsSocket = io({ auth, ...RECONNECTING_OPTIONS, randomizationFactor: 0.5 });

  const stream = attachMetricsStream(socket, {
    snapshot: (snapshot) => actions.applySnapshot(snapshot, 'socket'),
    change: (change) => actions.applyUpdate(change),
    subscribeFailed: (error) => actions.subscribeFailed(error),
  });

  actions.connecting();
  const cancelRetry = keepConnected(socket, {
    onConnect: () => {
      actions.connected();
      stream.connected();
    },
    onDown: () => actions.disconnected(),
  });
  socket.io.on('reconnect_attempt', () => {
    if (!socket.connected) actions.disconnected();
  });
  return () => {
    cancelRetry();
    socket.removeAllListeners();
    socket.io.removeAllListeners();
    socket.disconnect();
  };
}
