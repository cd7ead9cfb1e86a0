import { describe, expect, it } from 'vitest';
import { DEFAULT_PLAYLIST } from '@ioc/shared';
import { playlistRequest } from './playlist.js';

describe('playlistRequest', () => {
  it('prefers ?scenes=, with ?map= for scenes without their own', () => {
    expect(playlistRequest('?scenes=overview:60,tasks:3&map=schematic&profile=x')).toEqual({
      kind: 'url',
      playlist: { map: 'schematic', entries: [{ scene: 'overview', seconds: 60 }, { scene: 'tasks', seconds: 3 }] },
    });
  });
  it('then ?profile=, then the default', () => {
    expect(playlistRequest('?profile=phong-hop')).toEqual({ kind: 'profile', name: 'phong-hop', map: null });
    expect(playlistRequest('?profile=phong-hop&map=boundaries')).toMatchObject({ map: 'boundaries' });
    expect(playlistRequest('?scenes=nonsense')).toEqual({ kind: 'default', playlist: DEFAULT_PLAYLIST });
    expect(playlistRequest('?map=weird')).toEqual({ kind: 'default', playlist: DEFAULT_PLAYLIST });
  });
});
