import { describe, expect, it } from 'vitest';
import { asUnitCode, type AdminUnit } from '@ioc/shared';
import { failed, loading, ready } from '../../store/loadable.js';
import { createGeometryDeriver } from './derive-geometry.js';
import type { BoundaryCollection } from './geojson.js';

const units: AdminUnit[] = [
  { code: asUnitCode('03646'), level: 'commune', name: 'Tô Hiệu', fullName: 'Phường Tô Hiệu', nameEn: 'To Hieu', type: 'phường', parentCode: asUnitCode('14'), areaKm2: 12, population: 1, centroid: [103.92, 21.33], isDemo: false },
];
const file: BoundaryCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: { code: '03646' }, geometry: { type: 'Polygon', coordinates: [[[103.9, 21.3], [104, 21.3], [104, 21.4], [103.9, 21.3]]] } }],
};

describe('createGeometryDeriver', () => {
  it('waits for the map mode, then draws the cartogram in schematic mode', () => {
    const derive = createGeometryDeriver();
    expect(derive({ mapMeta: loading(), units: ready(units), boundaries: loading() })).toBeNull();
    const g = derive({ mapMeta: ready({ mode: 'schematic', source: null }), units: ready(units), boundaries: loading() });
    expect(g?.mode).toBe('schematic');
    // Same inputs: same object, so the map is not rebuilt.
    expect(derive({ mapMeta: ready({ mode: 'schematic', source: null }), units: ready(units), boundaries: loading() })).toBe(g);
  });

  it('draws the boundaries once loaded, and the cartogram while the file fails', () => {
    const derive = createGeometryDeriver();
    const meta = ready({ mode: 'boundaries' as const, source: 'file' });
    expect(derive({ mapMeta: meta, units: ready(units), boundaries: loading() })).toBeNull();
    expect(derive({ mapMeta: meta, units: ready(units), boundaries: failed('http_500') })?.mode).toBe('schematic');
    expect(derive({ mapMeta: meta, units: ready(units), boundaries: ready(file) })?.mode).toBe('boundaries');
  });

  it('falls back to the cartogram when the mode cannot be loaded', () => {
    const derive = createGeometryDeriver();
    expect(derive({ mapMeta: failed('network'), units: ready(units), boundaries: loading() })?.mode).toBe('schematic');
    expect(derive({ mapMeta: failed('network'), units: loading(), boundaries: loading() })).toBeNull();
  });
});

describe('createGeometryDeriver with a map mode preference', () => {
  it('draws the schematic map when asked even with a boundary file, and boundaries only when the server has them', () => {
    const meta = ready({ mode: 'boundaries' as const, source: 'IOC_BOUNDARIES' });
    const schematicMeta = ready({ mode: 'schematic' as const, source: null });
    const derive = createGeometryDeriver();
    expect(derive({ mapMeta: meta, units: ready(units), boundaries: ready(file) }, 'schematic')?.mode).toBe('schematic');
    expect(derive({ mapMeta: meta, units: ready(units), boundaries: ready(file) }, 'boundaries')?.mode).toBe('boundaries');
    expect(derive({ mapMeta: schematicMeta, units: ready(units), boundaries: loading() }, 'boundaries')?.mode).toBe('schematic');
    expect(derive({ mapMeta: loading(), units: ready(units), boundaries: loading() }, 'schematic')?.mode).toBe('schematic');
  });
});
