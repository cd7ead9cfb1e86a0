/**
 * Which playlist this wall plays: `?scenes=overview:60,digitisation:30` (with
 * `?map=` for the map mode), or `?profile=NAME` loaded from the server (retried
 * until it loads; the default playlist plays meanwhile), or the default.
 */
import {
  DEFAULT_PLAYLIST,
  isMapModePreference,
  parseScenesParam,
  type Playlist,
  type WallProfileResponse,
} from '@ioc/shared';
import type { Cancel } from '../lib/clock.js';
import { errorCode, getJson, isAbort } from '../lib/http.js';
import { retryWithBackoff } from '../lib/repeat.js';
import { wallActions } from '../store/wall-store.js';

export type PlaylistRequest = { kind: 'url'; playlist: Playlist } | { kind: 'profile'; name: string; map: Playlist['map'] | null } | { kind: 'default'; playlist: Playlist };

/** What the query string asks for. `?map=` applies to every scene that sets no map of its own. */
export function playlistRequest(search: string): PlaylistRequest {
  const q = new URLSearchParams(search);
  const mapParam = q.get('map');
  const map = isMapModePreference(mapParam) ? mapParam : null;
  const entries = parseScenesParam(q.get('scenes'));
  if (entries) return { kind: 'url', playlist: { entries, map: map ?? 'auto' } };
  const profile = q.get('profile');
  if (profile) return { kind: 'profile', name: profile, map };
  return { kind: 'default', playlist: { ...DEFAULT_PLAYLIST, map: map ?? DEFAULT_PLAYLIST.map } };
}

export function startPlaylist(search: string): Cancel {
  const request = playlistRequest(search);
  if (request.kind !== 'profile') {
    wallActions.setPlaylist(request.playlist, request.kind);
    return () => {};
  }
  wallActions.setPlaylist({ ...DEFAULT_PLAYLIST, map: request.map ?? DEFAULT_PLAYLIST.map }, 'default');
  return retryWithBackoff(async (signal) => {
    try {
      const profile = await getJson<WallProfileResponse>(`/api/wall-profiles/${encodeURIComponent(request.name)}`, signal);
      wallActions.setPlaylist({ entries: profile.scenes, map: request.map ?? profile.map }, profile.name);
      return true;
    } catch (err) {
      if (isAbort(err)) return false;
      wallActions.playlistFailed(errorCode(err));
      // Retried with a backoff capped at a minute: a profile added to the server later is picked up.
      return false;
    }
  });
}
