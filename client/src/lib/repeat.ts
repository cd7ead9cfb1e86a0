/**
 * Runs a task every `periodMs` while the page is visible. While hidden, ticks are
 * skipped; when the page is shown again and a run was missed, it runs at once.
 */
import { clock as defaultClock, type Cancel, type Clock } from './clock.js';
import { documentVisibility, type Visibility } from './visibility.js';

export interface RepeatOptions {
  periodMs: number;
  /** Run once immediately (default true). */
  immediate?: boolean;
  clock?: Clock;
  visibility?: Visibility;
}

export function repeatWhileVisible(task: () => void, options: RepeatOptions): Cancel {
  const clock = options.clock ?? defaultClock();
  const visibility = options.visibility ?? documentVisibility;
  let missed = false;
  const tick = () => {
    if (visibility.isHidden()) missed = true;
    else task();
  };
  const cancelInterval = clock.setInterval(tick, options.periodMs);
  const cancelVisibility = visibility.subscribe(() => {
    if (!visibility.isHidden() && missed) {
      missed = false;
      task();
    }
  });
  if (options.immediate ?? true) tick();
  return () => {
    cancelInterval();
    cancelVisibility();
  };
}

/**
 * Retries `attempt` until it resolves true, waiting a little longer each time
 * (capped). Returns the cancel function; cancelling stops further attempts.
 */
export function retryWithBackoff(
  attempt: (signal: AbortSignal) => Promise<boolean>,
  options: { initialMs?: number; maxMs?: number; clock?: Clock } = {},
): Cancel {
  const clock = options.clock ?? defaultClock();
  const initial = options.initialMs ?? 2_000;
  const max = options.maxMs ?? 60_000;
  const controller = new AbortController();
  let delay = initial;
  let cancelTimer: Cancel = () => {};
  const run = async () => {
    let done: boolean;
    try {
      done = await attempt(controller.signal);
    } catch {
      done = false;
    }
    if (done || controller.signal.aborted) return;
    cancelTimer = clock.setTimeout(() => void run(), delay);
    delay = Math.min(max, delay * 2);
  };
  void run();
  return () => {
    controller.abort();
    cancelTimer();
  };
}
