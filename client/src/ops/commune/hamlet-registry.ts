/**
 * Whether a commune's hamlets come from the generated demo registry (the
 * connectivity records do not say; the units do). The hamlet list is fetched
 * once per page load and shared by every commune page.
 */
import type { UnitsResponse } from '@ioc/shared';
import { getJson } from '../../lib/http.js';

let registry: Promise<Map<string, boolean>> | null = null;

function load(): Promise<Map<string, boolean>> {
  registry ??= getJson<UnitsResponse>('/api/units?level=hamlet').then(
    (r) => {
      const demo = new Map<string, boolean>();
      for (const u of r.units) if (u.parentCode) demo.set(u.parentCode, (demo.get(u.parentCode) ?? false) || u.isDemo);
      return demo;
    },
    (err: unknown) => {
      registry = null; // try again next time
      throw err;
    },
  );
  return registry;
}

export async function hamletsAreDemo(commune: string, signal: AbortSignal): Promise<boolean> {
  const demo = await load();
  signal.throwIfAborted();
  return demo.get(commune) ?? false;
}
