import { describe, expect, it } from 'vitest';
import { createManualClock } from './clock.js';
import { createManualVisibility } from './visibility.js';
import { repeatWhileVisible, retryWithBackoff } from './repeat.js';

describe('repeatWhileVisible', () => {
  it('runs at once, then every period, and stops when cancelled', () => {
    const clock = createManualClock();
    const visibility = createManualVisibility();
    let runs = 0;
    const cancel = repeatWhileVisible(() => runs++, { periodMs: 1000, clock, visibility });
    expect(runs).toBe(1);
    clock.advance(3000);
    expect(runs).toBe(4);
    cancel();
    clock.advance(5000);
    expect(runs).toBe(4);
    expect(clock.pending()).toBe(0);
  });

  it('skips ticks while hidden and catches up once when shown', () => {
    const clock = createManualClock();
    const visibility = createManualVisibility();
    let runs = 0;
    const cancel = repeatWhileVisible(() => runs++, { periodMs: 1000, clock, visibility, immediate: false });
    visibility.set(true);
    clock.advance(5000);
    expect(runs).toBe(0);
    visibility.set(false);
    expect(runs).toBe(1);
    visibility.set(true);
    visibility.set(false);
    expect(runs).toBe(1); // nothing was missed in between
    cancel();
  });
});

describe('retryWithBackoff', () => {
  it('retries with growing, capped delays until the attempt succeeds', async () => {
    const clock = createManualClock();
    const times: number[] = [];
    let failures = 4;
    const cancel = retryWithBackoff(
      async () => {
        times.push(clock.now());
        return failures-- <= 0;
      },
      { initialMs: 1000, maxMs: 3000, clock },
    );
    for (let i = 0; i < 10; i++) {
      await Promise.resolve();
      await Promise.resolve();
      clock.advance(1000);
    }
    expect(times).toEqual([0, 1000, 3000, 6000, 9000]);
    expect(clock.pending()).toBe(0);
    cancel();
  });

  it('stops retrying when cancelled', async () => {
    const clock = createManualClock();
    let attempts = 0;
    const cancel = retryWithBackoff(
      async () => {
        attempts++;
        return false;
      },
      { initialMs: 1000, clock },
    );
    await Promise.resolve();
    await Promise.resolve();
    cancel();
    clock.advance(10_000);
    expect(attempts).toBe(1);
    expect(clock.pending()).toBe(0);
  });
});
