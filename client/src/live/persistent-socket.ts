/**
 * What every live channel of the client shares (metrics, /system, reporting
 * events): Socket.IO reconnects by itself with a capped delay, but stops after a
 * refusal by the server (a middleware error or `io server disconnect`), and a
 * wall must never give up. `keepConnected` retries then on its own doubling,
 * capped backoff — except after a refusal for missing credentials: it tells the
 * `onSocketAuthRefused` listeners (the sign-in state, the wall's pairing screen)
 * and tries again only once a minute, so a screen without credentials never
 * hammers the server.
 */
import type { ManagerOptions, Socket, SocketOptions } from 'socket.io-client';
import { clock, type Cancel } from '../lib/clock.js';

export const RECONNECT_DELAY_MS = 1_000;
export const RECONNECT_DELAY_MAX_MS = 15_000;
/** After a refusal for credentials (no session, expired, revoked device): one quiet try a minute. */
export const AUTH_RETRY_MS = 60_000;

/** Socket.IO's own reconnection, forever, with the same capped delay. */
export const RECONNECTING_OPTIONS: Partial<ManagerOptions & SocketOptions> = {
  transports: ['websocket'],
  reconnection: true,
  reconnectionAttempts: Infinity,
  reconnectionDelay: RECONNECT_DELAY_MS,
  reconnectionDelayMax: RECONNECT_DELAY_MAX_MS,
};

/** Why a socket lost its right to connect: refused at the handshake, or dropped by the server (revoked, disabled). */
export type SocketAuthRefusal = 'refused' | 'dropped';

const authRefusalListeners = new Set<(refusal: SocketAuthRefusal) => void>();

/** Called when the server refuses a live connection for credentials, or drops it ('io server disconnect'). */
export function onSocketAuthRefused(listener: (refusal: SocketAuthRefusal) => void): () => void {
  authRefusalListeners.add(listener);
  return () => authRefusalListeners.delete(listener);
}

export function reportSocketAuthRefusal(refusal: SocketAuthRefusal): void {
  for (const listener of [...authRefusalListeners]) listener(refusal);
}

/** The server's refusal of a handshake without valid credentials (server/src/live/socket-admission.ts). */
export function isAuthRefusal(err: unknown): boolean {
  return err instanceof Error && err.message.startsWith('unauthenticated');
}

export interface KeepConnectedHooks {
  onConnect?: () => void;
  /** Disconnected, or a connection attempt failed. */
  onDown?: () => void;
  /** Tell the auth listeners about refusals and drops (off for a secondary channel, which the main one reports for). */
  reportRefusals?: boolean;
}

/** Keeps `socket` connected for as long as it lives; returns the cancel of its pending retry. */
export function keepConnected(socket: Socket, hooks: KeepConnectedHooks = {}): Cancel {
  let delay = RECONNECT_DELAY_MS;
  let cancelRetry: Cancel = () => {};
  const retryIfInactive = (after?: number) => {
    if (socket.active) return;
    cancelRetry();
    cancelRetry = clock().setTimeout(() => socket.connect(), after ?? delay);
    if (after === undefined) delay = Math.min(RECONNECT_DELAY_MAX_MS, delay * 2);
  };
  socket.on('connect', () => {
    delay = RECONNECT_DELAY_MS;
    hooks.onConnect?.();
  });
  socket.on('disconnect', (reason) => {
    hooks.onDown?.();
    // Dropped by the server: its credential was revoked (or the person disabled). The next try tells.
    if (reason === 'io server disconnect' && hooks.reportRefusals !== false) reportSocketAuthRefusal('dropped');
    retryIfInactive();
  });
  socket.on('connect_error', (err) => {
    hooks.onDown?.();
    if (isAuthRefusal(err)) {
      if (hooks.reportRefusals !== false) reportSocketAuthRefusal('refused');
      retryIfInactive(AUTH_RETRY_MS);
      return;
    }
    retryIfInactive();
  });
  return () => cancelRetry();
}
