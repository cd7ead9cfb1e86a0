/**
 * Who is signed in on this browser: a person (session cookie) or a wall screen
 * (device cookie), loaded once from GET /api/auth/me and kept current by every
 * answer of the API: a 401 anywhere (lib/http.ts) or a refused live connection
 * (live/socket.ts) ends the signed-in state, and the screens react (App sends a
 * desk user to /login, the wall shows its pairing screen).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { PrincipalInfo } from '@ioc/shared';
import { HttpError, getJson, onUnauthenticated, sendJson } from '../lib/http.js';
import { retryWithBackoff } from '../lib/repeat.js';
import type { Cancel } from '../lib/clock.js';
import { onSocketAuthRefused } from '../live/socket.js';

export type AuthStatus = 'loading' | 'signed-in' | 'signed-out' | 'expired';

export type AuthState =
  | { status: 'loading'; principal: null; lastError: string | null }
  | { status: 'signed-in'; principal: PrincipalInfo; lastError: null }
  | { status: 'signed-out'; principal: null; lastError: null }
  /** The session ended after inactivity (the server said `session_expired`). */
  | { status: 'expired'; principal: null; lastError: null };

export const authStore = createStore<AuthState>()(() => ({ status: 'loading', principal: null, lastError: null }));

export function useAuth(): AuthState {
  return useStore(authStore);
}

/** What a 401 means for the state; null when it is not about the session (e.g. a wrong password). */
export function stateAfterRefusal(code: string): AuthState | null {
  if (code === 'session_expired') return { status: 'expired', principal: null, lastError: null };
  if (code === 'unauthenticated') return { status: 'signed-out', principal: null, lastError: null };
  return null;
}

function signedIn(principal: PrincipalInfo): void {
  const current = authStore.getState();
  // Same principal again (a re-check): keep the object, so nothing re-renders.
  if (current.status === 'signed-in' && current.principal.id === principal.id && current.principal.kind === principal.kind && current.principal.role === principal.role) {
    return;
  }
  authStore.setState({ status: 'signed-in', principal, lastError: null }, true);
}

let checking: Promise<void> | null = null;

/** GET /api/auth/me now (one request at a time, shared by every caller). A 401 updates the state through the listener below. */
function check(): Promise<void> {
  checking ??= getJson<PrincipalInfo>('/api/auth/me')
    .then(signedIn)
    .finally(() => {
      checking = null;
    });
  return checking;
}

export const authActions = {
  /** Checks the session again (after a refused socket, or on the wall's minute timer); never throws. */
  recheck(): Promise<void> {
    return check().catch(() => {
      // 401: handled by the listener; network: the state stays as it is
    });
  },

  async login(username: string, password: string): Promise<PrincipalInfo> {
    const principal = await sendJson<PrincipalInfo>('POST', '/api/auth/login', { username, password });
    signedIn(principal);
    return principal;
  },

  /**
   * Ends the session. `leave` runs in the same tick as the state change (React
   * renders both at once), so a desk screen goes straight to where it asks
   * (e.g. /login) instead of to /login?next=<this page>.
   */
  async logout(leave?: () => void): Promise<void> {
    try {
      await sendJson<void>('POST', '/api/auth/logout');
    } catch {
      // the cookie may already be gone; signed out either way
    }
    leave?.();
    authStore.setState({ status: 'signed-out', principal: null, lastError: null }, true);
  },

  /** An operator turns this browser into a wall screen: the session ends here and a device cookie replaces it. */
  async pairDevice(name: string): Promise<void> {
    await sendJson<unknown>('POST', '/api/auth/pair-device', { name });
  },
};

let started = false;

/**
 * Loads the principal once (retrying while the server cannot be reached) and
 * listens for refusals. Idempotent: the app calls it at start.
 */
export function startAuth(): Cancel {
  if (started) return () => {};
  started = true;
  const stopHttp = onUnauthenticated((error: HttpError) => {
    const next = stateAfterRefusal(error.code);
    const current = authStore.getState();
    if (!next || current.status === next.status) return;
    authStore.setState(next, true);
  });
  // A refused or dropped live connection: ask who we are (the answer, 401 or not, updates the state).
  const stopSocket = onSocketAuthRefused(() => void authActions.recheck());
  const stopLoad = retryWithBackoff(
    async (signal) => {
      try {
        await check();
        return true;
      } catch (err) {
        if (signal.aborted) return false;
        if (err instanceof HttpError && err.status === 401) return true;
        const current = authStore.getState();
        if (current.status === 'loading') authStore.setState({ ...current, lastError: err instanceof Error ? err.message : String(err) }, true);
        return false;
      }
    },
    { initialMs: 2_000, maxMs: 30_000 },
  );
  return () => {
    started = false;
    stopHttp();
    stopSocket();
    stopLoad();
  };
}
