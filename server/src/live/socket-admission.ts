/**
 * The one place where a socket is let in. Three checks, in order:
 * 1. origin (in `allowRequest`, before the WebSocket upgrade: Socket.IO's `cors`
 *    option covers only HTTP long-polling) against an exact allowlist, or the
 *    server's own origin when none is configured;
 * 2. the protocol version the client speaks (refused with a reason to reload);
 * 3. authentication: the handshake's cookies must hold a person's session or a
 *    wall's device token (auth/principal.ts) allowed to read dashboards; the
 *    socket then joins its principal's room, so that revoking a device or
 *    disabling a person closes its live connections at once.
 */
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'socket.io';
import { PROTOCOL_VERSION, can, type HandshakeAuth } from '@ioc/shared';
import { principalRoom, roleOf, type Authenticator } from '../auth/principal.js';

export interface AdmissionOptions {
  /** Exact origins allowed (scheme://host[:port]); empty: the server's own origin only. */
  allowedOrigins: readonly string[];
}

/** True when a request with this Origin (and Host) may open a socket. Requests without Origin come from non-browser clients. */
export function originAllowed(origin: string | undefined, host: string | undefined, allowed: readonly string[]): boolean {
  if (!origin) return true;
  if (allowed.length) return allowed.includes(origin);
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function allowRequest(options: AdmissionOptions) {
  return (req: IncomingMessage, callback: (err: string | null | undefined, success: boolean) => void) => {
    const ok = originAllowed(req.headers.origin, req.headers.host, options.allowedOrigins);
    callback(ok ? null : 'origin not allowed', ok);
  };
}

export type AdmissionResult = { ok: true } | { ok: false; reason: string };

/** Checks the protocol version the client speaks. */
export function admitHandshake(auth: Partial<HandshakeAuth> | undefined): AdmissionResult {
  if (auth?.protocolVersion !== PROTOCOL_VERSION) {
    return { ok: false, reason: `protocol_mismatch: server speaks protocol ${PROTOCOL_VERSION}, client sent ${String(auth?.protocolVersion)}; reload the page` };
  }
  return { ok: true };
}

/** Refusal reasons a client acts on: reload for a new protocol, sign in or pair for credentials. */
export const UNAUTHENTICATED_REASON = 'unauthenticated: sign in, or pair this screen with a device token';

/** The Socket.IO middleware of every namespace: protocol, then credentials. */
export function socketAdmission(authenticator: Authenticator) {
  return (socket: Socket, next: (err?: Error) => void) => {
    const admission = admitHandshake(socket.handshake.auth as Partial<HandshakeAuth>);
    if (!admission.ok) {
      next(new Error(admission.reason));
      return;
    }
    authenticator
      .resolve(socket.handshake.headers.cookie)
      .then((r) => {
        if (!r.principal || !can(roleOf(r.principal), 'readDashboards')) {
          next(new Error(UNAUTHENTICATED_REASON));
          return;
        }
        (socket.data as { principalRoom?: string }).principalRoom = principalRoom(r.principal);
        next();
      })
      .catch((err: unknown) => next(err instanceof Error ? err : new Error(String(err))));
  };
}

/** Joins a connected socket to its principal's room (set by socketAdmission). */
export function joinPrincipalRoom(socket: Socket): void {
  const room = (socket.data as { principalRoom?: string }).principalRoom;
  if (room) void socket.join(room);
}
