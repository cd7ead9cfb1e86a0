import { describe, expect, it } from 'vitest';
import { WALL_SCENES } from '@ioc/shared';
import { loadWallProfiles, parseWallProfiles } from './wall-profiles.js';

describe('wall profiles', () => {
  it('loads the checked-in file, which names every scene at least once', () => {
    const profiles = loadWallProfiles();
    expect(profiles.get('phong-hop')?.map).toBe('schematic');
    const scenes = new Set([...profiles.values()].flatMap((p) => p.scenes.map((s) => s.scene)));
    expect(scenes.size).toBe(WALL_SCENES.length);
  });

  it('refuses a profile with an unknown scene or a bad duration, naming the place', () => {
    expect(() => parseWallProfiles({ x: { description: 'd', scenes: [{ scene: 'weather', seconds: 10 }] } })).toThrow(/x\.scenes\.0\.scene/);
    expect(() => parseWallProfiles({ x: { description: 'd', scenes: [{ scene: 'overview', seconds: 1 }] } })).toThrow(/seconds/);
  });
});
