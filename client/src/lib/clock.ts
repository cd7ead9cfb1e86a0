/**
 * The one place timers come from. Every timer returns its own cancel function,
 * and tests swap the clock for a manual one (`setClock`) to control time.
 */
export type Cancel = () => void;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): Cancel;
  setInterval(fn: () => void, ms: number): Cancel;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const id = globalThis.setTimeout(fn, ms);
    return () => globalThis.clearTimeout(id);
  },
  setInterval(fn, ms) {
    const id = globalThis.setInterval(fn, ms);
    return () => globalThis.clearInterval(id);
  },
};

let current: Clock = systemClock;

export function clock(): Clock {
  return current;
}

/** Replaces the clock (tests); returns a function that restores the previous one. */
export function setClock(next: Clock): Cancel {
  const previous = current;
  current = next;
  return () => {
    current = previous;
  };
}

/** A clock driven by hand, for tests: `advance(ms)` runs what falls due, in order. */
export function createManualClock(start = 0): Clock & { advance(ms: number): void; pending(): number } {
  let now = start;
  let seq = 0;
  const timers = new Map<number, { at: number; fn: () => void; every: number | null }>();
  const add = (fn: () => void, ms: number, every: number | null): Cancel => {
    const id = ++seq;
    timers.set(id, { at: now + Math.max(0, ms), fn, every });
    return () => void timers.delete(id);
  };
  return {
    now: () => now,
    setTimeout: (fn, ms) => add(fn, ms, null),
    setInterval: (fn, ms) => add(fn, ms, Math.max(1, ms)),
    pending: () => timers.size,
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let nextId = -1;
        let next: { at: number; fn: () => void; every: number | null } | undefined;
        for (const [id, timer] of timers) {
          if (timer.at <= end && (!next || timer.at < next.at || (timer.at === next.at && id < nextId))) {
            next = timer;
            nextId = id;
          }
        }
        if (!next) break;
        now = next.at;
        if (next.every === null) timers.delete(nextId);
        else next.at += next.every;
        next.fn();
      }
      now = end;
    },
  };
}
