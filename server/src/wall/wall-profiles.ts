/**
 * Named wall playlists (`/wall?profile=NAME`), kept as data in
 * server/src/wall/wall-profiles.json and validated with the shared zod schema
 * when the server starts: a broken profile stops the start, not a wall at 3 a.m.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { wallProfilesFileSchema, type WallProfile } from '@ioc/shared';

export const WALL_PROFILES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'wall-profiles.json');

export type WallProfiles = ReadonlyMap<string, WallProfile>;

export function parseWallProfiles(json: unknown, source = 'wall profiles'): WallProfiles {
  const parsed = wallProfilesFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid ${source}: ${problems}`);
  }
  return new Map(Object.entries(parsed.data));
}

export function loadWallProfiles(file = WALL_PROFILES_FILE): WallProfiles {
  return parseWallProfiles(JSON.parse(readFileSync(file, 'utf8')) as unknown, file);
}
