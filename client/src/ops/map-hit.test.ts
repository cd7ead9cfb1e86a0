import { describe, expect, it } from 'vitest';
import { hitCommune, inGeometry, lonLatToScreen, screenToLonLat } from './map-hit.js';

// A map where x = (lon - 103) * 100 and screen y follows Mercator.
const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const project = (lon: number, lat: number) => ({ x: (lon - 103) * 100, y: (mercY(21.5) - mercY(lat)) * 5730 });
const sample = (code: string, lon: number, lat: number) => ({ code, lon, lat, ...project(lon, lat) });

const square = (w: number, s: number, e: number, n: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
      [w, s],
    ],
  ],
});

describe('map hit testing', () => {
  const samples = [sample('A', 103.5, 21.0), sample('B', 104.5, 21.0), sample('C', 104.0, 21.4)];
  const targets = [
    { code: 'A', geometry: square(103, 20.8, 104, 21.2) },
    { code: 'B', geometry: square(104, 20.8, 105, 21.2) },
  ];

  it('recovers lon/lat from the label points', () => {
    const f = screenToLonLat(samples)!;
    const p = project(103.7, 21.1);
    const [lon, lat] = f(p.x, p.y);
    expect(lon).toBeCloseTo(103.7, 6);
    expect(lat).toBeCloseTo(21.1, 6);
  });

  it('projects lon/lat back to the screen', () => {
    const g = lonLatToScreen(samples)!;
    const p = project(104.2, 20.9);
    const [x, y] = g(104.2, 20.9);
    expect(x).toBeCloseTo(p.x, 6);
    expect(y).toBeCloseTo(p.y, 6);
  });

  it('finds the polygon under the point, also far from its label', () => {
    const p = project(103.05, 20.85);
    expect(hitCommune(p.x, p.y, targets, samples)).toBe('A');
    const q = project(104.95, 21.15);
    expect(hitCommune(q.x, q.y, targets, samples)).toBe('B');
  });

  it('falls back to a nearby label, and to nothing far away', () => {
    const c = project(104.0, 21.4);
    expect(hitCommune(c.x + 5, c.y, targets, samples)).toBe('C');
    expect(hitCommune(-500, -500, targets, samples)).toBeNull();
  });

  it('respects holes', () => {
    const donut = { type: 'Polygon' as const, coordinates: [...square(0, 0, 10, 10).coordinates, ...square(4, 4, 6, 6).coordinates] };
    expect(inGeometry([2, 2], donut)).toBe(true);
    expect(inGeometry([5, 5], donut)).toBe(false);
  });
});
