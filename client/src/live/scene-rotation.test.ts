import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Playlist, WallSceneId } from '@ioc/shared';
import { createManualClock } from '../lib/clock.js';
import { createManualVisibility } from '../lib/visibility.js';
import { wallActions, wallStore } from '../store/wall-store.js';
import { startSceneRotation } from './scene-rotation.js';

const playlist: Playlist = {
  map: 'auto',
  entries: [
    { scene: 'overview', seconds: 60 },
    { scene: 'digitisation', seconds: 30, map: 'schematic' },
    { scene: 'tasks', seconds: 10 },
  ],
};
// A whole number of 100 s cycles after the epoch: the playlist starts here.
const T0 = 1_795_000_000_000;

describe('startSceneRotation', () => {
  let stop: () => void = () => {};
  beforeEach(() => wallActions.setPlaylist(playlist, 'url'));
  afterEach(() => stop());

  it('changes scene at the boundaries computed from absolute time', () => {
    const clock = createManualClock(T0 + 1_000);
    stop = startSceneRotation({ clock, visibility: createManualVisibility() });
    const seen: WallSceneId[] = [];
    const unsubscribe = wallStore.subscribe((s) => s.showing && seen.push(s.showing.scene));
    expect(wallStore.getState().showing).toMatchObject({ scene: 'overview', index: 0, map: 'auto' });
    clock.advance(59_100);
    expect(wallStore.getState().showing).toMatchObject({ scene: 'digitisation', map: 'schematic', startedAt: T0 + 60_000 });
    clock.advance(40_000);
    expect(seen).toEqual(['digitisation', 'tasks', 'overview']);
    unsubscribe();
  });

  it('does not drift over a simulated week: the scene always equals f(now)', () => {
    const clock = createManualClock(T0);
    stop = startSceneRotation({ clock, visibility: createManualVisibility() });
    const week = 7 * 86_400_000;
    for (let t = 0; t < week; t += 3_600_000 + 7_777) {
      clock.advance(3_600_000 + 7_777);
      const into = (clock.now() - T0) % 100_000;
      const expected = into < 60_000 ? 'overview' : into < 90_000 ? 'digitisation' : 'tasks';
      expect(wallStore.getState().showing?.scene).toBe(expected);
    }
    // One timer to the next boundary plus the watchdog: nothing piles up.
    expect(clock.pending()).toBe(2);
  });

  it('holds still while hidden and catches up when shown; a new playlist applies at once', () => {
    const clock = createManualClock(T0);
    const visibility = createManualVisibility();
    stop = startSceneRotation({ clock, visibility });
    visibility.set(true);
    clock.advance(70_000);
    expect(wallStore.getState().showing?.scene).toBe('overview');
    visibility.set(false);
    expect(wallStore.getState().showing?.scene).toBe('digitisation');
    wallActions.setPlaylist({ map: 'boundaries', entries: [{ scene: 'budget', seconds: 5 }] }, 'url');
    expect(wallStore.getState().showing).toMatchObject({ scene: 'budget', map: 'boundaries' });
  });

  it('stops all its timers when cancelled', () => {
    const clock = createManualClock(T0);
    startSceneRotation({ clock, visibility: createManualVisibility() })();
    expect(clock.pending()).toBe(0);
  });
});
