/**
 * The one place where a socket is let in. Three checks, in order:
 * 1. origin (in `allowRequest`, before the WebSocket upgrade: Socket.IO's `cors`
 *    option covers only HTTP long-polling) against an exact allowlist, or the
 *    server's own origin when none is configured;
 * 2. the protocol version the client speaks (refused with a reason to reload);
 * 3. authentication: screens are admitted as they are until accounts and
 *    device tokens arrive (issue 5); they will be checked in `authenticate`.
 */
import type { IncomingMessage } from 'node:http';
import { PROTOCOL_VERSION, type HandshakeAuth } from '@ioc/shared';

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

/** Checks the handshake's `auth`: protocol version now, credentials later. */
export function admitHandshake(auth: Partial<HandshakeAuth> | undefined): AdmissionResult {
  if (auth?.protocolVersion !== PROTOCOL_VERSION) {
    return { ok: false, reason: `protocol_mismatch: server speaks protocol ${PROTOCOL_VERSION}, client sent ${String(auth?.protocolVersion)}; reload the page` };
  }
  return authenticate(auth);
}

/** Where a screen's credentials (a device token, issue 5) will be checked. Every screen is a reader for now. */
function authenticate(_auth: Partial<HandshakeAuth>): AdmissionResult {
  return { ok: true };
}
