/**
 * The live connection, outside React: connects with the protocol version,
 * subscribes to every indicator on each (re)connect — resuming from the last
 * change applied, so the server replays exactly what was missed — and writes
 * snapshots and changes to the store through its actions. Every change is
 * applied once and in order; a gap asks for a resume (shared/src/protocol/stream-client.ts). Socket.IO reconnects forever with a
 * capped delay; when the server itself refuses or drops the socket (no automatic
 * reconnection then), this module retries on its own backoff — except after a
 * refusal for missing credentials: then it tells `onSocketAuthRefused`
 * listeners (the sign-in state, the wall's pairing screen) and tries again only
 * once a minute, so a screen without credentials never hammers the server.
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
/** After a refusal for credentials (no session, expired, revoked device): one quiet try a minute. */
export const AUTH_RETRY_MS = 60_000;

/** Why a socket lost its right to connect: refused at the handshake, or dropped by the server (revoked, disabled). */
export type SocketAuthRefusal = 'refused' | 'dropped';

const authRefusalListeners = new Set<(refusal: SocketAuthRefusal) => void>();

/** Called when the server refuses a live connection for credentials, or drops it ('io server disconnect'). */
export function onSocketAuthRefused(listener: (refusal: SocketAuthRefusal) => void): () => void {
  authRefusalListeners.add(listener);
  return () => authRefusalListeners.delete(listener);
}

/** For the other live channels (system-channel.ts) too. */
export function reportSocketAuthRefusal(refusal: SocketAuthRefusal): void {
  for (const listener of [...authRefusalListeners]) listener(refusal);
}

/** The server's refusal of a handshake without valid credentials (server/src/live/socket-admission.ts). */
export function isAuthRefusal(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('unauthenticated');
}

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
  const retryIfInactive = (delay?: number) => {
    if (socket.active) return;
    cancelManualRetry();
    cancelManualRetry = clock().setTimeout(() => socket.connect(), delay ?? manualDelay);
    if (delay === undefined) manualDelay = Math.min(RECONNECT_DELAY_MAX_MS, manualDelay * 2);
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
  socket.on('disconnect', (reason) => {
    actions.disconnected();
    // Dropped by the server: its credential was revoked (or the person disabled). The next try tells.
    if (reason === 'io server disconnect') reportSocketAuthRefusal('dropped');
    retryIfInactive();
  });
  socket.on('connect_error', (err) => {
    actions.disconnected();
    if (isAuthRefusal(err)) {
      reportSocketAuthRefusal('refused');
      retryIfInactive(AUTH_RETRY_MS);
      return;
    }
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
