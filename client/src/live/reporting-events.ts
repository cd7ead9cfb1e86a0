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
import { AUTH_RETRY_MS, isAuthRefusal } from './socket.js';

const RETRY_MS = 1_000;
const RETRY_MAX_MS = 15_000;

type Listener = () => void;

const listeners = new Set<Listener>();
let stopSocket: Cancel | null = null;

function startSocket(): Cancel {
  const auth: HandshakeAuth = { protocolVersion: PROTOCOL_VERSION };
  // forceNew: the metrics socket already holds the default namespace of the shared manager.
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({
    auth,
    forceNew: true,
    transports: ['websocket'],
    reconnection: true,
    reconnectionAttempts: Infinity,
    reconnectionDelay: RETRY_MS,
    reconnectionDelayMax: RETRY_MAX_MS,
  });
  let delay = RETRY_MS;
  let cancelRetry: Cancel = () => {};
  let connectedBefore = false;
  const retryIfInactive = (after?: number) => {
    if (socket.active) return;
    cancelRetry();
    cancelRetry = clock().setTimeout(() => socket.connect(), after ?? delay);
    if (after === undefined) delay = Math.min(RETRY_MAX_MS, delay * 2);
  };
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  socket.on('connect', () => {
    delay = RETRY_MS;
    if (connectedBefore) notify();
    connectedBefore = true;
  });
  socket.on('disconnect', () => retryIfInactive());
  // Without credentials (signed out, device revoked) one quiet try a minute; the metrics socket tells the app.
  socket.on('connect_error', (err) => retryIfInactive(isAuthRefusal(err) ? AUTH_RETRY_MS : undefined));
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
