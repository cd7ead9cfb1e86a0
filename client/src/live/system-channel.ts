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
import type { Cancel } from '../lib/clock.js';
import { RECONNECTING_OPTIONS, keepConnected } from './persistent-socket.js';

export interface SystemChannelOptions {
  screenId: string;
  /** Called when the server asks this screen (or all) to reload. */
  onReload: () => void;
}

export function startSystemChannel({ screenId, onReload }: SystemChannelOptions): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION, screenId };
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(SYSTEM_NAMESPACE, { auth, ...RECONNECTING_OPTIONS });
  const cancelRetry = keepConnected(socket);
  let reloading = false;
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
