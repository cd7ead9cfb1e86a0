/**
 * What the map draws, whatever the mode: one feature per commune with a stable
 * numeric id (its index in code order) for `setFeatureState`, a label point, and
 * the bounds to fit. Boundaries come from the server's file; without one, the
 * hexagon cartogram of shared/src/cartogram.ts stands in.
 */
import { hexCartogram, type AdminUnit } from '@ioc/shared';
import type { AreaFeature, AreaGeometry, BoundaryCollection, FeatureCollection, Position } from './geojson.js';

export type MapMode = 'boundaries' | 'schematic';
export type Bounds = [[number, number], [number, number]];

export interface MapCommune {
  /** Feature id: index in code order. */
  id: number;
  code: string;
  name: string;
  label: [number, number];
  /** Rough size on the map (degrees of latitude across), to decide how much label fits. */
  extent: number;
}

export interface MapGeometry {
  mode: MapMode;
  collection: FeatureCollection<{ code: string }>;
  communes: MapCommune[];
  bounds: Bounds;
}

function ringsOf(g: AreaGeometry): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

function boundsOf(geometries: AreaGeometry[]): Bounds {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const g of geometries) {
    for (const ring of ringsOf(g)) {
      for (const p of ring) {
        const lon = p[0]!;
        const lat = p[1]!;
        if (lon < w) w = lon;
        if (lon > e) e = lon;
        if (lat < s) s = lat;
        if (lat > n) n = lat;
      }
    }
  }
  return [
    [w, s],
    [e, n],
  ];
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The hexagon cartogram of the communes (units without a centroid are placed last, near the middle). */
export function schematicGeometry(units: readonly AdminUnit[]): MapGeometry {
  const communes = units.filter((u) => u.level === 'commune').sort(byCode);
  const layout = hexCartogram(communes.map((u) => ({ code: u.code, centroid: u.centroid })));
  const features: AreaFeature<{ code: string }>[] = layout.cells.map((cell, id) => ({
    type: 'Feature',
    id,
    properties: { code: cell.code },
    geometry: { type: 'Polygon', coordinates: [cell.polygon] },
  }));
  return {
    mode: 'schematic',
    collection: { type: 'FeatureCollection', features },
    communes: layout.cells.map((cell, id) => ({
      id,
      code: cell.code,
      name: communes[id]!.name,
      label: cell.center,
      extent: layout.hexRadius * 2,
    })),
    bounds: layout.bounds,
  };
}

/** The boundary file as the map draws it; names and label points from the units where known. */
export function boundariesGeometry(collection: BoundaryCollection, units: readonly AdminUnit[] | null): MapGeometry {
  const unitByCode = new Map((units ?? []).map((u) => [u.code as string, u]));
  const features = collection.features
    .filter((f) => typeof f.properties?.code === 'string' && f.geometry && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
    .sort((a, b) => byCode(a.properties, b.properties));
  const communes: MapCommune[] = [];
  const drawn: AreaFeature<{ code: string }>[] = features.map((f, id) => {
    const code = f.properties.code;
    const unit = unitByCode.get(code);
    const [[w, s], [e, n]] = boundsOf([f.geometry]);
    const labelFromFile =
      typeof f.properties.label_lon === 'number' && typeof f.properties.label_lat === 'number'
        ? ([f.properties.label_lon, f.properties.label_lat] as [number, number])
        : null;
    communes.push({
      id,
      code,
      name: unit?.name ?? (typeof f.properties.name === 'string' ? f.properties.name : code),
      label: labelFromFile ?? unit?.centroid ?? [(w + e) / 2, (s + n) / 2],
      extent: Math.min(n - s, (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180)),
    });
    return { type: 'Feature', id, properties: { code }, geometry: f.geometry };
  });
  return {
    mode: 'boundaries',
    collection: { type: 'FeatureCollection', features: drawn },
    communes,
    bounds: boundsOf(features.map((f) => f.geometry)),
  };
}
