/** Whether the page is shown: work pauses while a wall's browser tab is hidden. */
import type { Cancel } from './clock.js';

export interface Visibility {
  isHidden(): boolean;
  /** Calls `fn` whenever the page is hidden or shown again. */
  subscribe(fn: () => void): Cancel;
}

export const documentVisibility: Visibility = {
  isHidden: () => typeof document !== 'undefined' && document.hidden,
  subscribe(fn) {
    if (typeof document === 'undefined') return () => {};
    document.addEventListener('visibilitychange', fn);
    return () => document.removeEventListener('visibilitychange', fn);
  },
};

/** A visibility switched by hand, for tests. */
export function createManualVisibility(hidden = false): Visibility & { set(hidden: boolean): void } {
  let isHidden = hidden;
  const listeners = new Set<() => void>();
  return {
    isHidden: () => isHidden,
    subscribe(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
    set(next) {
      if (next === isHidden) return;
      isHidden = next;
      for (const fn of [...listeners]) fn();
    },
  };
}
