/**
 * The current time for components that show it, ticking on each whole second
 * through the clock module. One timer for all readers, running only while some
 * component listens and the page is visible.
 */
import { useSyncExternalStore } from 'react';
import { clock, type Cancel } from './clock.js';
import { documentVisibility } from './visibility.js';

const listeners = new Set<() => void>();
let now = Date.now();
let cancelTimer: Cancel | null = null;
let cancelVisibility: Cancel | null = null;

function schedule(): void {
  cancelTimer?.();
  cancelTimer = null;
  if (listeners.size === 0 || documentVisibility.isHidden()) return;
  const current = clock().now();
  cancelTimer = clock().setTimeout(tick, 1000 - (current % 1000) + 5);
}

function tick(): void {
  now = Math.floor(clock().now() / 1000) * 1000;
  for (const fn of [...listeners]) fn();
  schedule();
}

function subscribe(fn: () => void): Cancel {
  listeners.add(fn);
  if (listeners.size === 1) {
    cancelVisibility = documentVisibility.subscribe(() => (documentVisibility.isHidden() ? schedule() : tick()));
    tick();
  }
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0) {
      cancelTimer?.();
      cancelTimer = null;
      cancelVisibility?.();
      cancelVisibility = null;
    }
  };
}

const getSnapshot = () => now;

/** Milliseconds since the epoch, updated each second. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}
