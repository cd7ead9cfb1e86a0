import { describe, expect, it } from 'vitest';
import { asUnitCode, type AdminUnit } from '@ioc/shared';
import { boundariesGeometry, schematicGeometry } from './map-geometry.js';
import type { BoundaryCollection } from './geojson.js';

function unit(code: string, name: string, centroid: [number, number] | null): AdminUnit {
  return {
    code: asUnitCode(code),
    level: 'commune',
    name,
    fullName: `Xã ${name}`,
    nameEn: name,
    type: 'xã',
    parentCode: asUnitCode('14'),
    areaKm2: 100,
    population: 1000,
    centroid,
    isDemo: false,
  };
}

const units = [
  unit('03679', 'Chiềng Sinh', [103.97818, 21.30516]),
  unit('03646', 'Tô Hiệu', [103.92103, 21.32728]),
  unit('03670', 'Chiềng Cơi', [103.87759, 21.29799]),
  unit('03664', 'Chiềng An', [103.89508, 21.38561]),
];

describe('schematicGeometry', () => {
  it('draws one hexagon per commune with ids in code order', () => {
    const g = schematicGeometry(units);
    expect(g.mode).toBe('schematic');
    expect(g.collection.features.map((f) => [f.id, f.properties.code])).toEqual([
      [0, '03646'],
      [1, '03664'],
      [2, '03670'],
      [3, '03679'],
    ]);
    expect(g.communes.map((c) => c.name)).toEqual(['Tô Hiệu', 'Chiềng An', 'Chiềng Cơi', 'Chiềng Sinh']);
    const [[w, s], [e, n]] = g.bounds;
    for (const c of g.communes) {
      expect(c.label[0]).toBeGreaterThan(w);
      expect(c.label[0]).toBeLessThan(e);
      expect(c.label[1]).toBeGreaterThan(s);
      expect(c.label[1]).toBeLessThan(n);
    }
  });

  it('ignores units that are not communes', () => {
    const province = { ...unit('14', 'Sơn La', [104, 21.2]), level: 'province' as const };
    expect(schematicGeometry([...units, province]).communes).toHaveLength(4);
  });
});

describe('boundariesGeometry', () => {
  const square = (x: number, y: number) => [
    [
      [x, y],
      [x + 0.1, y],
      [x + 0.1, y + 0.1],
      [x, y + 0.1],
      [x, y],
    ],
  ];
  const file: BoundaryCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { code: '03670', label_lon: 103.85, label_lat: 21.25 }, geometry: { type: 'Polygon', coordinates: square(103.8, 21.2) } },
      { type: 'Feature', properties: { code: '03646' }, geometry: { type: 'MultiPolygon', coordinates: [square(103.9, 21.3), square(104.1, 21.3)] } },
      { type: 'Feature', properties: { code: '99999', name: 'Ngoài danh sách' }, geometry: { type: 'Polygon', coordinates: square(104, 21) } },
    ],
  };

  it('keeps the file geometry, numbers features by code and labels from the file, the units, or the box', () => {
    const g = boundariesGeometry(file, units);
    expect(g.collection.features.map((f) => [f.id, f.properties.code])).toEqual([
      [0, '03646'],
      [1, '03670'],
      [2, '99999'],
    ]);
    expect(g.communes[0]).toMatchObject({ name: 'Tô Hiệu', label: [103.92103, 21.32728] });
    expect(g.communes[1]).toMatchObject({ name: 'Chiềng Cơi', label: [103.85, 21.25] });
    expect(g.communes[2]!.name).toBe('Ngoài danh sách');
    expect(g.communes[2]!.label[0]).toBeCloseTo(104.05, 10);
    expect(g.bounds[0]).toEqual([103.8, 21]);
    expect(g.bounds[1][0]).toBeCloseTo(104.2, 10);
  });

  it('works without the unit list', () => {
    expect(boundariesGeometry(file, null).communes[0]!.name).toBe('03646');
  });
});
