/**
 * Whether the wall may show its data or must show the pairing screen. The wall
 * plays while credentials are being checked or valid (a device cookie, or a
 * person previewing it); once the server says there are none — GET
 * /api/auth/me answers 401, or a live connection is refused or dropped and the
 * re-check says so — the pairing screen stays until the page reloads: the
 * wall's services stop (nothing hammers the server), `me` is asked once a
 * minute, and a browser that has become a wall again reloads into the wall.
 * `?pair=1` opens the pairing screen on purpose (an operator re-pairing a screen).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { clock as defaultClock, type Cancel, type Clock } from '../lib/clock.js';
import type { AuthState } from './auth-store.js';

export type PairingReason = 'unpaired' | 'revoked';

export interface WallGateState {
  /** Null while the wall may play. */
  pairing: PairingReason | null;
  /** True when `?pair=1` asked for the pairing screen. */
  forced: boolean;
}

export const ME_RECHECK_MS = 60_000;

export const wallGateStore = createStore<WallGateState>()(() => ({ pairing: null, forced: false }));

export function useWallPairing(): WallGateState {
  return useStore(wallGateStore);
}

export function wantsPairing(search: string): boolean {
  const v = new URLSearchParams(search).get('pair');
  return v !== null && v !== '0' && v !== 'false';
}

/** The wall's own address without `?pair`, to reload into once paired. */
export function wallHref(search: string): string {
  const q = new URLSearchParams(search);
  q.delete('pair');
  const rest = q.toString();
  return rest ? `/wall?${rest}` : '/wall';
}

export interface WallGateDeps {
  auth: Pick<StoreApi<AuthState>, 'getState' | 'subscribe'>;
  recheck: () => Promise<void>;
  /** Loads the wall again (the browser has credentials now). */
  reload: () => void;
  forcePair: boolean;
  clock?: Clock;
  store?: StoreApi<WallGateState>;
}

export function startWallGate(deps: WallGateDeps): Cancel {
  const store = deps.store ?? wallGateStore;
  const clock = deps.clock ?? defaultClock();
  store.setState({ pairing: deps.forcePair ? 'unpaired' : null, forced: deps.forcePair }, true);
  let wasDevice = false;
  let stopTimer: Cancel | null = null;
  let stopped = false;

  const startRechecks = () => {
    if (stopTimer) return;
    stopTimer = clock.setInterval(() => {
      const now = deps.auth.getState();
      // An operator signed in on the pairing screen: leave their session alone.
      if (now.status === 'signed-in' && now.principal.kind === 'user') return;
      void deps.recheck();
    }, ME_RECHECK_MS);
  };

  const update = (auth: AuthState) => {
    if (stopped) return;
    const { pairing, forced } = store.getState();
    if (auth.status === 'signed-in' && auth.principal.kind === 'device') {
      if (pairing !== null && !forced) {
        // Credentials again (re-paired, or the cookie was set from another tab): back to the wall.
        deps.reload();
        return;
      }
      wasDevice = true;
    }
    if ((auth.status === 'signed-out' || auth.status === 'expired') && pairing === null) {
      store.setState({ pairing: wasDevice ? 'revoked' : 'unpaired' });
    }
    if (store.getState().pairing !== null) startRechecks();
  };

  update(deps.auth.getState());
  const unsubscribe = deps.auth.subscribe(update);
  return () => {
    stopped = true;
    unsubscribe();
    stopTimer?.();
    stopTimer = null;
  };
}
