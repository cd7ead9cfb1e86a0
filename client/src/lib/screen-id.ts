/**
 * Who this screen is, so an operator can address it (`npm run screens:reload --
 * --screen ID`): `?screen=ID` wins and is remembered; else the id kept in
 * localStorage; else a new one, kept. Shown in the wall's footer.
 */
import { isScreenId } from '@ioc/shared';

export const SCREEN_ID_KEY = 'ioc.screenId';

export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function resolveScreenId(search: string, storage: KeyValueStorage | null, random: () => number = Math.random): string {
  const fromUrl = new URLSearchParams(search).get('screen');
  let stored: string | null = null;
  try {
    stored = storage?.getItem(SCREEN_ID_KEY) ?? null;
  } catch {
    // storage disabled (some kiosk profiles): an id for this page's life only
  }
  const id = isScreenId(fromUrl) ? fromUrl : isScreenId(stored) ? stored : `wall-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
  if (id !== stored) {
    try {
      storage?.setItem(SCREEN_ID_KEY, id);
    } catch {
      // not kept; the URL can still name the screen
    }
  }
  return id;
}

function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

let cached: string | null = null;

/** This page's screen id (resolved once). */
export function screenId(): string {
  cached ??= resolveScreenId(globalThis.location?.search ?? '', browserStorage());
  return cached;
}
