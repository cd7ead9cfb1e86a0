import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYLIST, WALL_SCENES, parseScenesParam, scenePositionAt, wallProfilesFileSchema, type PlaylistEntry } from './scenes.js';

const entries: PlaylistEntry[] = [
  { scene: 'overview', seconds: 60 },
  { scene: 'digitisation', seconds: 30 },
  { scene: 'tasks', seconds: 10 },
];

describe('parseScenesParam', () => {
  it('reads scene:seconds[:map] entries and drops what is not valid', () => {
    expect(parseScenesParam('overview:60,digitisation:30:boundaries')).toEqual([
      { scene: 'overview', seconds: 60 },
      { scene: 'digitisation', seconds: 30, map: 'boundaries' },
    ]);
    expect(parseScenesParam('nope:10,budget,tasks:0,tasks:abc,connectivity:5:weird')).toEqual([
      { scene: 'budget', seconds: 45 },
      { scene: 'connectivity', seconds: 5 },
    ]);
    expect(parseScenesParam('nope')).toBeNull();
    expect(parseScenesParam('')).toBeNull();
    expect(parseScenesParam(null)).toBeNull();
  });
});

describe('scenePositionAt', () => {
  it('is a function of absolute time modulo the cycle', () => {
    const cycle = 100_000;
    const base = 1_700_000_000_000 - (1_700_000_000_000 % cycle);
    expect(scenePositionAt(entries, base)).toMatchObject({ index: 0, startedAt: base, endsAt: base + 60_000 });
    expect(scenePositionAt(entries, base + 59_999).index).toBe(0);
    expect(scenePositionAt(entries, base + 60_000)).toMatchObject({ index: 1, startedAt: base + 60_000, endsAt: base + 90_000 });
    expect(scenePositionAt(entries, base + 95_000)).toMatchObject({ index: 2, endsAt: base + cycle });
    expect(scenePositionAt(entries, base + cycle).index).toBe(0);
  });

  it('does not drift after weeks: the same offset in any cycle gives the same scene at the same time', () => {
    const start = Date.parse('2026-11-23T00:00:00Z');
    const weeks = 6 * 7 * 86_400_000;
    const a = scenePositionAt(entries, start + 12_345);
    const b = scenePositionAt(entries, start + 12_345 + weeks);
    // 6 weeks is a whole number of 100 s cycles: everything lines up exactly.
    expect(b.index).toBe(a.index);
    expect(b.endsAt - b.startedAt).toBe(a.endsAt - a.startedAt);
    expect(b.startedAt - a.startedAt).toBe(weeks);
  });

  it('shows every scene for exactly its duration, walking with a fake clock', () => {
    const shown = new Map<number, number>();
    let now = Date.parse('2026-11-23T08:00:00Z');
    let pos = scenePositionAt(entries, now);
    now = pos.endsAt; // start at a boundary
    for (let i = 0; i < 3 * entries.length * 10; i++) {
      pos = scenePositionAt(entries, now);
      expect(pos.startedAt).toBe(now);
      shown.set(pos.index, (shown.get(pos.index) ?? 0) + (pos.endsAt - pos.startedAt));
      now = pos.endsAt;
    }
    expect([...shown.entries()].sort()).toEqual([
      [0, 30 * 60_000],
      [1, 30 * 30_000],
      [2, 30 * 10_000],
    ]);
  });

  it('handles times before the epoch and refuses an empty playlist', () => {
    expect(scenePositionAt(entries, -1).index).toBe(2);
    expect(() => scenePositionAt([], 0)).toThrow();
  });
});

describe('the default playlist and profile schema', () => {
  it('has every scene', () => {
    expect(new Set(DEFAULT_PLAYLIST.entries.map((e) => e.scene)).size).toBe(WALL_SCENES.length);
  });
  it('validates profiles', () => {
    expect(wallProfilesFileSchema.safeParse({ 'phong-hop': { description: 'x', scenes: [{ scene: 'overview', seconds: 60 }] } }).success).toBe(true);
    expect(wallProfilesFileSchema.safeParse({ 'phong-hop': { description: 'x', scenes: [{ scene: 'bogus', seconds: 60 }] } }).success).toBe(false);
    expect(wallProfilesFileSchema.safeParse({ 'Bad Name': { description: 'x', scenes: [{ scene: 'overview', seconds: 60 }] } }).success).toBe(false);
  });
});
