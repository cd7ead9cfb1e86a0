/**
 * The `/system` namespace (shared/src/protocol/system.ts): this screen says who
 * it is and obeys the server's reload requests. Socket.IO multiplexes it over
 * the metrics socket's WebSocket (same origin, other namespace), so it costs no
 * extra connection; like the metrics socket it never gives up reconnecting, and
 * like it slows to one try a minute once refused for credentials.
 */
import { io, type Socket } from 'socket.io-client';
import {
  PROTOCOL_VERSION,
  SYSTEM_EVENTS,
  SYSTEM_NAMESPACE,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@ioc/shared';
import { clock, type Cancel } from '../lib/clock.js';
import { AUTH_RETRY_MS, isAuthRefusal, reportSocketAuthRefusal } from './socket.js';

const RETRY_MS = 1_000;
const RETRY_MAX_MS = 15_000;

export interface SystemChannelOptions {
  screenId: string;
  /** Called when the server asks this screen (or all) to reload. */
  onReload: () => void;
}

export function startSystemChannel({ screenId, onReload }: SystemChannelOptions): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION, screenId };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(SYSTEM_NAMESPACE, {
    auth,
    transports: ['websocket'],
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: RETRY_MS,
    reconnectionDelayMax: RETRY_MAX_MS,
  });

  let delay = RETRY_MS;
  let cancelRetry: Cancel = () => {};
  // After a refusal by the server Socket.IO stops trying; a wall must not.
  const retryIfInactive = (after?: number) => {
    if (socket.active) return;
    cancelRetry();
    cancelRetry = clock().setTimeout(() => socket.connect(), after ?? delay);
    if (after === undefined) delay = Math.min(RETRY_MAX_MS, delay * 2);
  };
  let reloading = false;
  socket.on('connect', () => {
    delay = RETRY_MS;
  });
  socket.on('disconnect', (reason) => {
    if (reason === 'io server disconnect') reportSocketAuthRefusal('dropped');
    retryIfInactive();
  });
  // Refused for credentials (not paired, or revoked): say so, and try again only once a minute.
  socket.on('connect_error', (err) => {
    if (isAuthRefusal(err)) {
      reportSocketAuthRefusal('refused');
      retryIfInactive(AUTH_RETRY_MS);
      return;
    }
    retryIfInactive();
  });
  socket.on(SYSTEM_EVENTS.reloadRequested, (request) => {
    if (reloading || (request.screen !== null && request.screen !== screenId)) return;
    reloading = true;
    onReload();
  });

  return () => {
    cancelRetry();
    socket.removeAllListeners();
    socket.disconnect();
  };
}
