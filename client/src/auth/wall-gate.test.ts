import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { PrincipalInfo } from '@ioc/shared';
import { createManualClock } from '../lib/clock.js';
import type { AuthState } from './auth-store.js';
import { ME_RECHECK_MS, startWallGate, wallHref, wantsPairing, type WallGateState } from './wall-gate.js';

const device: PrincipalInfo = { kind: 'device', id: 'abc', name: 'Phòng họp', displayName: 'Phòng họp', role: 'device', unit: null, isDemo: false, idleTimeoutSeconds: null };
const operator: PrincipalInfo = { kind: 'user', id: '2', name: 'vanhanh', displayName: 'Vận hành', role: 'operator', unit: null, isDemo: true, idleTimeoutSeconds: 1800 };

function setup(forcePair = false) {
  const auth = createStore<AuthState>()(() => ({ status: 'loading', principal: null, lastError: null }));
  const store = createStore<WallGateState>()(() => ({ pairing: null, forced: false }));
  const clock = createManualClock();
  const recheck = vi.fn(() => Promise.resolve());
  const reload = vi.fn();
  const stop = startWallGate({ auth, store, clock, recheck, reload, forcePair });
  const set = (s: AuthState) => auth.setState(s, true);
  return { auth, store, clock, recheck, reload, stop, set };
}

describe('startWallGate', () => {
  it('lets the wall play while checking and with a device cookie', () => {
    const g = setup();
    expect(g.store.getState().pairing).toBeNull();
    g.set({ status: 'signed-in', principal: device, lastError: null });
    expect(g.store.getState().pairing).toBeNull();
    g.clock.advance(10 * ME_RECHECK_MS);
    expect(g.recheck).not.toHaveBeenCalled();
  });

  it('shows the pairing screen without credentials and asks again once a minute only', () => {
    const g = setup();
    g.set({ status: 'signed-out', principal: null, lastError: null });
    expect(g.store.getState().pairing).toBe('unpaired');
    g.clock.advance(ME_RECHECK_MS - 1);
    expect(g.recheck).not.toHaveBeenCalled();
    g.clock.advance(1);
    expect(g.recheck).toHaveBeenCalledTimes(1);
    g.clock.advance(5 * ME_RECHECK_MS);
    expect(g.recheck).toHaveBeenCalledTimes(6);
  });

  it('says "revoked" when a device loses its credentials', () => {
    const g = setup();
    g.set({ status: 'signed-in', principal: device, lastError: null });
    g.set({ status: 'signed-out', principal: null, lastError: null });
    expect(g.store.getState().pairing).toBe('revoked');
  });

  it('keeps the pairing screen while an operator signs in on it, and leaves their session alone', () => {
    const g = setup();
    g.set({ status: 'signed-out', principal: null, lastError: null });
    g.set({ status: 'signed-in', principal: operator, lastError: null });
    expect(g.store.getState().pairing).toBe('unpaired');
    g.clock.advance(3 * ME_RECHECK_MS);
    expect(g.recheck).not.toHaveBeenCalled();
    expect(g.reload).not.toHaveBeenCalled();
  });

  it('reloads into the wall once the browser is a wall again', () => {
    const g = setup();
    g.set({ status: 'signed-out', principal: null, lastError: null });
    g.set({ status: 'signed-in', principal: device, lastError: null });
    expect(g.reload).toHaveBeenCalledTimes(1);
  });

  it('opens the pairing screen on purpose with ?pair=1, without reloading a device', () => {
    const g = setup(true);
    expect(g.store.getState()).toEqual({ pairing: 'unpaired', forced: true });
    g.set({ status: 'signed-in', principal: device, lastError: null });
    expect(g.reload).not.toHaveBeenCalled();
    expect(g.store.getState().pairing).toBe('unpaired');
  });

  it('stops its timer when stopped', () => {
    const g = setup();
    g.set({ status: 'signed-out', principal: null, lastError: null });
    g.stop();
    g.clock.advance(5 * ME_RECHECK_MS);
    expect(g.recheck).not.toHaveBeenCalled();
    expect(g.clock.pending()).toBe(0);
  });
});

describe('wantsPairing / wallHref', () => {
  it('reads ?pair and removes it for the reload', () => {
    expect(wantsPairing('?pair=1')).toBe(true);
    expect(wantsPairing('?pair')).toBe(true);
    expect(wantsPairing('?pair=0')).toBe(false);
    expect(wantsPairing('?profile=hop')).toBe(false);
    expect(wallHref('?pair=1&profile=hop&screen=wall-a')).toBe('/wall?profile=hop&screen=wall-a');
    expect(wallHref('?pair=1')).toBe('/wall');
  });
});
