/**
 * 'reporting:changed' (shared/src/protocol/events.ts): the server announces every
 * workflow transition on the default namespace, and compliance screens refetch.
 * socket.ts keeps its socket to itself, so this module opens its own connection
 * — only while someone listens, closed when the last listener leaves — and, like
 * the other live modules, never gives up reconnecting. A reconnect counts as a
 * change too: events may have been missed while the connection was down.
 */
import { io, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, REPORTING_EVENTS, type ClientToServerEvents, type HandshakeAuth, type ServerToClientEvents } from '@ioc/shared';
import { clock, type Cancel, type Clock } from '../lib/clock.js';
import { RECONNECTING_OPTIONS, keepConnected } from './persistent-socket.js';

type Listener = () => void;

const listeners = new Set<Listener>();
let stopSocket: Cancel | null = null;

function startSocket(): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION };
  // forceNew: the metrics socket already holds the default namespace of the shared manager.
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ auth, forceNew: true, ...RECONNECTING_OPTIONS });
  let connectedBefore = false;
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  // Without credentials (signed out, device revoked) one quiet try a minute; the main channels tell the app.
  const cancelRetry = keepConnected(socket, {
    reportRefusals: false,
    onConnect: () => {
      if (connectedBefore) notify();
      connectedBefore = true;
    },
  });
  socket.on(REPORTING_EVENTS.changed, notify);
  return () => {
    cancelRetry();
    socket.removeAllListeners();
    socket.disconnect();
  };
}

/** Calls `listener` after each change of any filing (and after a reconnect); returns the unsubscribe. */
export function onReportingChanged(listener: Listener): Cancel {
  listeners.add(listener);
  stopSocket ??= startSocket();
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && stopSocket) {
      stopSocket();
      stopSocket = null;
    }
  };
}

/**
 * `fn` once, `ms` after the last of a burst of calls (a leader approving ten
 * reports in a row refetches once). Returns the trigger and its cancel.
 */
export function debounce(fn: () => void, ms: number, timers: Clock = clock()): { trigger: () => void; cancel: Cancel } {
  let pending: Cancel | null = null;
  return {
    trigger() {
      pending?.();
      pending = timers.setTimeout(() => {
        pending = null;
        fn();
      }, ms);
    },
    cancel() {
      pending?.();
      pending = null;
    },
  };
}
