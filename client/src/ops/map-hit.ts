/**
 * Which commune is under the pointer. The wall's map is not interactive and
 * keeps its MapLibre instance private, so the click is resolved here: the
 * communes' label points are on screen (their HTML labels are centred on them),
 * which fixes the screen ↔ map transform (affine in lon and Mercator y, exact for
 * a north-up map); the point is then tested against the communes' polygons.
 */
import type { AreaGeometry, Position } from '../wall/map/geojson.js';

export interface LabelSample {
  /** Screen position of the label's centre (px, relative to the map). */
  x: number;
  y: number;
  lon: number;
  lat: number;
}

const mercY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const invMercY = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** Least squares fit of lon = a·x + b and mercY = c·y + d (north-up, no rotation). */
export function screenToLonLat(samples: readonly LabelSample[]): ((x: number, y: number) => Position) | null {
  const fit = (pairs: [number, number][]) => {
    const n = pairs.length;
    const mx = pairs.reduce((s, p) => s + p[0], 0) / n;
    const my = pairs.reduce((s, p) => s + p[1], 0) / n;
    let sxy = 0;
    let sxx = 0;
    for (const [x, y] of pairs) {
      sxy += (x - mx) * (y - my);
      sxx += (x - mx) ** 2;
    }
    if (sxx === 0) return null;
    const a = sxy / sxx;
    return { a, b: my - a * mx };
  };
  if (samples.length < 2) return null;
  const lon = fit(samples.map((s) => [s.x, s.lon]));
  const lat = fit(samples.map((s) => [s.y, mercY(s.lat)]));
  if (!lon || !lat) return null;
  return (x, y) => [lon.a * x + lon.b, invMercY(lat.a * y + lat.b)];
}

/** The inverse of `screenToLonLat`: where a point of the map is drawn on screen. */
export function lonLatToScreen(samples: readonly LabelSample[]): ((lon: number, lat: number) => [number, number]) | null {
  const toLonLat = screenToLonLat(samples);
  if (!toLonLat) return null;
  // Both axes are affine: two points give each axis' scale and offset.
  const [lon0, lat0] = toLonLat(0, 0) as [number, number];
  const [lon1, lat1] = toLonLat(1000, 1000) as [number, number];
  const ax = (lon1 - lon0) / 1000;
  const ay = (mercY(lat1) - mercY(lat0)) / 1000;
  if (ax === 0 || ay === 0) return null;
  return (lon, lat) => [(lon - lon0) / ax, (mercY(lat) - mercY(lat0)) / ay];
}

function inRing(p: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > p[1]! !== yj! > p[1]! && p[0]! < ((xj! - xi!) * (p[1]! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Even-odd: inside the outer ring and not in a hole. */
export function inGeometry(p: Position, g: AreaGeometry): boolean {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.some((rings) => rings.reduce((inside, ring) => (inRing(p, ring) ? !inside : inside), false));
}

export interface HitTarget {
  code: string;
  geometry: AreaGeometry;
}

/** The commune whose polygon holds the point, else the nearest label within `maxPx`. */
export function hitCommune(x: number, y: number, targets: readonly HitTarget[], samples: readonly (LabelSample & { code: string })[], maxPx = 24): string | null {
  const toLonLat = screenToLonLat(samples);
  if (toLonLat) {
    const p = toLonLat(x, y);
    const hit = targets.find((t) => inGeometry(p, t.geometry));
    if (hit) return hit.code;
  }
  let best: string | null = null;
  let bestD = maxPx * maxPx;
  for (const s of samples) {
    const d = (s.x - x) ** 2 + (s.y - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = s.code;
    }
  }
  return best;
}
