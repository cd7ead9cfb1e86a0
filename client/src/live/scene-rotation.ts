/**
 * Rotates the wall's scenes. The scene is a pure function of absolute time
 * (`scenePositionAt`): each wake-up recomputes it from the clock instead of
 * counting durations, so nothing accumulates over days of running. One timer
 * wakes at the next boundary; a watchdog re-checks every few seconds in case
 * the system clock jumped or the browser delayed the timer. While the page is
 * hidden nothing changes; it catches up when shown.
 */
import { sceneMapMode, scenePositionAt } from '@ioc/shared';
import { clock as defaultClock, type Cancel, type Clock } from '../lib/clock.js';
import { documentVisibility, type Visibility } from '../lib/visibility.js';
import { wallActions, wallStore } from '../store/wall-store.js';

export const ROTATION_WATCHDOG_MS = 5_000;
/** Wake a little after the boundary so the recomputation lands inside the next scene. */
const BOUNDARY_SLACK_MS = 15;

export function startSceneRotation(options: { clock?: Clock; visibility?: Visibility } = {}): Cancel {
  const clock = options.clock ?? defaultClock();
  const visibility = options.visibility ?? documentVisibility;
  let cancelTimer: Cancel = () => {};

  const sync = () => {
    cancelTimer();
    if (visibility.isHidden()) return;
    const { playlist } = wallStore.getState();
    const now = clock.now();
    const pos = scenePositionAt(playlist.entries, now);
    wallActions.show({ scene: pos.entry.scene, index: pos.index, startedAt: pos.startedAt, endsAt: pos.endsAt, map: sceneMapMode(playlist, pos.entry) });
    cancelTimer = clock.setTimeout(sync, pos.endsAt - now + BOUNDARY_SLACK_MS);
  };

  const cancelWatchdog = clock.setInterval(sync, ROTATION_WATCHDOG_MS);
  const cancelVisibility = visibility.subscribe(sync);
  const unsubscribe = wallStore.subscribe((s, prev) => {
    if (s.playlist !== prev.playlist) sync();
  });
  sync();
  return () => {
    cancelTimer();
    cancelWatchdog();
    cancelVisibility();
    unsubscribe();
  };
}
