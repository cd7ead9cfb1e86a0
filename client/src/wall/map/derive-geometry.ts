/**
 * Which geometry the map should draw for the current reference data, memoised on
 * the inputs' identity so the map's source is only rebuilt when they change.
 * Boundaries when the server has a boundary file and it loaded; the hexagon
 * cartogram otherwise (also while the boundary file is failing), or when the
 * scene asks for the schematic map (`?map=schematic`, a profile's `map`).
 */
import type { MapModePreference } from '@ioc/shared';
import type { MetricsState } from '../../store/metrics-store.js';
import { boundariesGeometry, schematicGeometry, type MapGeometry } from './map-geometry.js';

type Inputs = Pick<MetricsState, 'mapMeta' | 'units' | 'boundaries'>;

export function createGeometryDeriver(): (s: Inputs, preference?: MapModePreference) => MapGeometry | null {
  let lastKey: unknown[] = [];
  let last: MapGeometry | null = null;
  return (s, preference = 'auto') => {
    const mode = s.mapMeta.data?.mode ?? null;
    const units = s.units.data;
    const boundaries = s.boundaries.data;
    // `schematic` is always possible; `boundaries` and `auto` need the server's file.
    const wantsBoundaries = preference !== 'schematic' && mode === 'boundaries';
    // Fall back to the cartogram when the mode is unknown for good reason (error) or the file failed.
    const useBoundaries = wantsBoundaries && boundaries !== null;
    const waitForBoundaries = wantsBoundaries && boundaries === null && s.boundaries.status !== 'error';
    const waitForMode = preference !== 'schematic' && mode === null && s.mapMeta.status !== 'error';
    const key = [useBoundaries, useBoundaries ? boundaries : null, units, waitForBoundaries || waitForMode];
    if (key.every((k, i) => k === lastKey[i])) return last;
    lastKey = key;
    if (waitForBoundaries || waitForMode) last = null;
    else if (useBoundaries) last = boundariesGeometry(boundaries, units);
    else last = units ? schematicGeometry(units) : null;
    return last;
  };
}
