/**
 * Commune boundaries are not shipped (their publisher states no open licence,
 * see db/reference/README.md): the operator names a GeoJSON file with
 * IOC_BOUNDARIES — in production the province's official GIS layer. It is read
 * and checked once at start; without it the screens draw the schematic map.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DatabaseSetupError } from '../errors.js';

const position = z.tuple([z.number(), z.number()]).rest(z.number());
const ring = z.array(position).min(4);
const geometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
const feature = z.object({
  type: z.literal('Feature'),
  properties: z.looseObject({ code: z.string().regex(/^\d{5}$/, 'must be a 5-digit commune code') }),
  geometry,
});
const collection = z.object({ type: z.literal('FeatureCollection'), features: z.array(feature).min(1) });

export type BoundaryCollection = z.infer<typeof collection>;

export interface LoadedBoundaries {
  source: string;
  geojson: BoundaryCollection;
  /** Codes of communes the file has no polygon for (drawn as missing, and logged). */
  missing: string[];
}

export class BoundaryFileError extends DatabaseSetupError {}

export function loadBoundaryFile(file: string, communeCodes: readonly string[]): LoadedBoundaries {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new BoundaryFileError(`IOC_BOUNDARIES=${file}: cannot read it as JSON (${(err as Error).message})`);
  }
  const parsed = collection.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new BoundaryFileError(`IOC_BOUNDARIES=${file} is not a FeatureCollection of commune polygons: ${first.join('; ')}`);
  }
  const known = new Set(communeCodes);
  // Keep only the province's communes, with only the properties the screens use.
  const features = parsed.data.features
    .filter((f) => known.has(f.properties.code))
    .map((f) => ({ type: 'Feature' as const, properties: { code: f.properties.code }, geometry: f.geometry }));
  if (features.length === 0) {
    throw new BoundaryFileError(`IOC_BOUNDARIES=${file} has no feature whose properties.code is one of the 75 commune codes`);
  }
  const present = new Set(features.map((f) => f.properties.code));
  return { source: file, geojson: { type: 'FeatureCollection', features }, missing: communeCodes.filter((c) => !present.has(c)) };
}
