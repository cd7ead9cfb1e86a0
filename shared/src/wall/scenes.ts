/**
 * The wall's scenes and playlists. A playlist says which scenes rotate and for
 * how long each; it comes from the URL (`?scenes=overview:60,digitisation:30`)
 * or from a named profile on the server (`?profile=phong-hop`).
 */
import { z } from 'zod';

export const WALL_SCENES = ['overview', 'public-services', 'digitisation', 'connectivity', 'budget', 'tasks', 'compliance'] as const;
export type WallSceneId = (typeof WALL_SCENES)[number];

export const MAP_MODE_PREFERENCES = ['auto', 'schematic', 'boundaries'] as const;
/** `auto`: boundaries when the server has a boundary file, else the schematic cartogram. */
export type MapModePreference = (typeof MAP_MODE_PREFERENCES)[number];

export const SCENE_SECONDS_MIN = 3;
export const SCENE_SECONDS_MAX = 3600;
export const DEFAULT_SCENE_SECONDS = 45;

export interface PlaylistEntry {
  scene: WallSceneId;
  seconds: number;
  /** Map mode of this scene; absent: the playlist's (or the URL's) choice. */
  map?: MapModePreference;
}

export interface Playlist {
  entries: PlaylistEntry[];
  /** Map mode of scenes that set none. */
  map: MapModePreference;
}

export function isWallScene(value: string): value is WallSceneId {
  return (WALL_SCENES as readonly string[]).includes(value);
}

export function isMapModePreference(value: string | null | undefined): value is MapModePreference {
  return value !== null && value !== undefined && (MAP_MODE_PREFERENCES as readonly string[]).includes(value);
}

/** Every scene once; the overview longer, as it is the one people come back to. */
export const DEFAULT_PLAYLIST: Playlist = {
  map: 'auto',
  entries: [
    { scene: 'overview', seconds: 60 },
    { scene: 'public-services', seconds: 30 },
    { scene: 'digitisation', seconds: 30 },
    { scene: 'connectivity', seconds: 30 },
    { scene: 'budget', seconds: 30 },
    { scene: 'tasks', seconds: 30 },
    { scene: 'compliance', seconds: 30 },
  ],
};

export const playlistEntrySchema = z.object({
  scene: z.enum(WALL_SCENES),
  seconds: z.number().int().min(SCENE_SECONDS_MIN).max(SCENE_SECONDS_MAX),
  map: z.enum(MAP_MODE_PREFERENCES).optional(),
});

/** A named profile as kept in server/wall-profiles.json and served by `GET /api/wall-profiles/:name`. */
export const wallProfileSchema = z.object({
  /** What the profile is for (shown to operators, not on the wall). */
  description: z.string().min(1),
  map: z.enum(MAP_MODE_PREFERENCES).default('auto'),
  scenes: z.array(playlistEntrySchema).min(1).max(50),
});
export type WallProfile = z.infer<typeof wallProfileSchema>;

export const PROFILE_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const wallProfilesFileSchema = z.record(z.string().regex(PROFILE_NAME_PATTERN), wallProfileSchema);

export interface WallProfileResponse extends WallProfile {
  name: string;
}

/**
 * `overview:60,digitisation:30:boundaries` → entries. Unknown scenes and bad
 * durations are dropped (a typo in a kiosk URL must not blank the wall); an entry
 * without seconds gets the default. Null when nothing valid remains.
 */
export function parseScenesParam(param: string | null | undefined): PlaylistEntry[] | null {
  if (!param) return null;
  const entries: PlaylistEntry[] = [];
  for (const part of param.split(',')) {
    const [scene = '', secondsText, map] = part.trim().split(':');
    if (!isWallScene(scene)) continue;
    const seconds = secondsText === undefined || secondsText === '' ? DEFAULT_SCENE_SECONDS : Number(secondsText);
    if (!Number.isInteger(seconds) || seconds < SCENE_SECONDS_MIN || seconds > SCENE_SECONDS_MAX) continue;
    entries.push(isMapModePreference(map) ? { scene, seconds, map } : { scene, seconds });
  }
  return entries.length ? entries : null;
}

export interface ScenePosition {
  /** Index of the entry showing at the given time. */
  index: number;
  entry: PlaylistEntry;
  /** Epoch ms at which this showing began and ends. */
  startedAt: number;
  endsAt: number;
}

/**
 * The scene showing at `epochMs`: a pure function of absolute time, so a wall
 * never drifts however long it runs (no chain of timers adding up their delays),
 * catches up by itself after sleeping, and every screen with the same playlist
 * shows the same scene at the same moment.
 */
export function scenePositionAt(entries: readonly PlaylistEntry[], epochMs: number): ScenePosition {
  if (entries.length === 0) throw new Error('empty playlist');
  const cycle = entries.reduce((sum, e) => sum + e.seconds * 1000, 0);
  const into = ((epochMs % cycle) + cycle) % cycle;
  const cycleStart = epochMs - into;
  let offset = 0;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const length = entry.seconds * 1000;
    if (into < offset + length) return { index, entry, startedAt: cycleStart + offset, endsAt: cycleStart + offset + length };
    offset += length;
  }
  // Unreachable: `into` < cycle.
  const last = entries.length - 1;
  return { index: last, entry: entries[last]!, startedAt: cycleStart + offset - entries[last]!.seconds * 1000, endsAt: cycleStart + cycle };
}

/** The map mode a scene uses: its own, else the playlist's. */
export function sceneMapMode(playlist: Playlist, entry: PlaylistEntry): MapModePreference {
  return entry.map ?? playlist.map;
}
