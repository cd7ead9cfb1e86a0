/**
 * The `system` message family: the server speaking to the screens themselves
 * rather than about the data. Carried on the `/system` namespace so it shares the
 * metrics connection's WebSocket (Socket.IO multiplexes namespaces) without
 * touching the metrics protocol.
 */

export const SYSTEM_NAMESPACE = '/system';

export const SYSTEM_EVENTS = {
  reloadRequested: 'system:reload-requested',
} as const;

/** A screen id: letters, digits, '-', '_' and '.', at most 64 (from `?screen=` or generated). */
export const SCREEN_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isScreenId(value: unknown): value is string {
  return typeof value === 'string' && SCREEN_ID_PATTERN.test(value);
}

/** Sent to all screens, or to one (`screen` set), when an operator asks them to reload. */
export interface ReloadRequested {
  type: 'reload-requested';
  /** The screen addressed, or null for all. */
  screen: string | null;
  requestedAt: string;
}

/** `POST /api/admin/screens/reload` body and answer. */
export interface ScreenReloadRequest {
  screen?: string;
}

export interface ScreenReloadResponse {
  screen: string | null;
  /** How many connected screens received the request. */
  delivered: number;
  requestedAt: string;
}

/** Rooms of the `/system` namespace: one per screen id. */
export const screenRoom = (screen: string): string => `screen:${screen}`;
