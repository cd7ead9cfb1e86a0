import { describe, expect, it } from 'vitest';
import { createManualClock } from '../lib/clock.js';
import { debounce } from './reporting-events.js';

describe('debounce', () => {
  it('runs once, the given time after the last of a burst', () => {
    const timers = createManualClock();
    let runs = 0;
    const d = debounce(() => (runs += 1), 500, timers);
    d.trigger();
    timers.advance(300);
    d.trigger();
    timers.advance(300);
    d.trigger();
    timers.advance(499);
    expect(runs).toBe(0);
    timers.advance(1);
    expect(runs).toBe(1);
    expect(timers.pending()).toBe(0);
  });

  it('runs nothing once cancelled', () => {
    const timers = createManualClock();
    let runs = 0;
    const d = debounce(() => (runs += 1), 500, timers);
    d.trigger();
    d.cancel();
    timers.advance(1_000);
    expect(runs).toBe(0);
    expect(timers.pending()).toBe(0);
  });
});
