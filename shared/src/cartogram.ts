/**
 * A schematic hexagon cartogram of the communes: one hexagon per commune, each
 * placed on the free cell of a hexagonal grid nearest to the commune's centroid.
 * The wall draws it when no boundary file is available (the boundary polygons may
 * not be shipped with the product, see shared/data/SOURCES.md).
 *
 * Pure and deterministic: the same input always gives the same layout, whatever
 * the order of the input.
 *
 * Method
 * - Project centroids to a local plane: x = (lon − lon₀)·cos(lat₀), y = lat − lat₀
 *   (degrees of latitude), so hexagons are regular on a Web-Mercator map.
 * - Grid: pointy-top hexagons in axial coordinates (q, r), r growing northwards.
 *   Circumradius from the data (median nearest-neighbour distance × 0.85, which
 *   keeps the outline compact while every hexagon stays within about two widths of its centroid) unless given.
 * - Densest first: communes sorted by the mean distance to their 3 nearest
 *   neighbours (ties by code), so small urban wards claim the cells nearest to
 *   them before the large rural communes around them do.
 * - Greedy: each commune takes the free cell whose centre is nearest (Euclidean)
 *   to its centroid; ties broken by (q, r).
 */

export interface CartogramInput {
  code: string;
  /** [lon, lat] in degrees; null when unknown (placed near the middle, after the others). */
  centroid: readonly [number, number] | null;
}

export interface HexCell {
  q: number;
  r: number;
}

export type LonLat = [number, number];

export interface CartogramCell {
  code: string;
  cell: HexCell;
  /** Centre of the hexagon, [lon, lat]. */
  center: LonLat;
  /** The hexagon as a closed GeoJSON ring (7 positions, counter-clockwise), [lon, lat]. */
  polygon: LonLat[];
  /** Distance from the commune's centroid to its hexagon's centre, in hexagon widths. */
  displacement: number;
}

export interface CartogramLayout {
  /** In the order of the input. */
  cells: CartogramCell[];
  /** Hexagon circumradius in degrees of latitude. */
  hexRadius: number;
  /** [[west, south], [east, north]] of all hexagons. */
  bounds: [LonLat, LonLat];
}

export interface CartogramOptions {
  /** Hexagon circumradius in degrees of latitude; computed from the data when absent. */
  hexRadius?: number;
}

const SQRT3 = Math.sqrt(3);
/** Circumradius as a share of the median nearest-neighbour distance between centroids. */
const RADIUS_PER_NEIGHBOUR_DISTANCE = 0.85;
const DENSITY_NEIGHBOURS = 3;

interface Point {
  x: number;
  y: number;
}

interface Plane {
  lon0: number;
  lat0: number;
  k: number;
}

function toPlane(plane: Plane, [lon, lat]: readonly [number, number]): Point {
  return { x: (lon - plane.lon0) * plane.k, y: lat - plane.lat0 };
}

function fromPlane(plane: Plane, p: Point): LonLat {
  return [round6(p.x / plane.k + plane.lon0), round6(p.y + plane.lat0)];
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

function cellCenter(cell: HexCell, size: number): Point {
  return { x: size * SQRT3 * (cell.q + cell.r / 2), y: size * 1.5 * cell.r };
}

function nearestCell(p: Point, size: number): HexCell {
  const qf = ((SQRT3 / 3) * p.x - p.y / 3) / size;
  const rf = ((2 / 3) * p.y) / size;
  const sf = -qf - rf;
  let q = Math.round(qf);
  let r = Math.round(rf);
  const s = Math.round(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  return { q: q + 0, r: r + 0 };
}

const DIRECTIONS: readonly HexCell[] = [
  { q: 1, r: 0 },
  { q: 1, r: -1 },
  { q: 0, r: -1 },
  { q: -1, r: 0 },
  { q: -1, r: 1 },
  { q: 0, r: 1 },
];

/** The cells at exactly `radius` steps from `center`. */
export function hexRing(center: HexCell, radius: number): HexCell[] {
  if (radius === 0) return [{ ...center }];
  const out: HexCell[] = [];
  const start = DIRECTIONS[4]!;
  let cell = { q: center.q + start.q * radius, r: center.r + start.r * radius };
  for (const dir of DIRECTIONS) {
    for (let i = 0; i < radius; i++) {
      out.push(cell);
      cell = { q: cell.q + dir.q, r: cell.r + dir.r };
    }
  }
  return out;
}

/** Steps between two cells of the grid. */
export function hexDistance(a: HexCell, b: HexCell): number {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

function dist(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Lays the units out on a hexagon grid; see the module comment for the method. */
export function hexCartogram(units: readonly CartogramInput[], options: CartogramOptions = {}): CartogramLayout {
  const codes = new Set<string>();
  for (const u of units) {
    if (codes.has(u.code)) throw new Error(`Duplicate unit code ${u.code}`);
    codes.add(u.code);
  }
  const known = units.filter((u): u is CartogramInput & { centroid: readonly [number, number] } => u.centroid !== null);
  if (units.length === 0) return { cells: [], hexRadius: options.hexRadius ?? 0, bounds: [[0, 0], [0, 0]] };

  const lat0 = known.length ? known.reduce((s, u) => s + u.centroid[1], 0) / known.length : 0;
  const lon0 = known.length ? known.reduce((s, u) => s + u.centroid[0], 0) / known.length : 0;
  const plane: Plane = { lon0, lat0, k: Math.cos((lat0 * Math.PI) / 180) };

  const points = new Map<string, Point>();
  for (const u of units) points.set(u.code, u.centroid ? toPlane(plane, u.centroid) : { x: 0, y: 0 });

  // Distances to the nearest neighbours, for the cell size and the order of placement.
  const density = new Map<string, number>();
  const nearest: number[] = [];
  for (const u of known) {
    const p = points.get(u.code)!;
    const d = known
      .filter((o) => o.code !== u.code)
      .map((o) => dist(p, points.get(o.code)!))
      .sort((a, b) => a - b);
    if (d.length) nearest.push(d[0]!);
    const k = Math.min(DENSITY_NEIGHBOURS, d.length);
    density.set(u.code, k ? d.slice(0, k).reduce((s, v) => s + v, 0) / k : 0);
  }
  const size = options.hexRadius ?? (nearest.length ? median(nearest) * RADIUS_PER_NEIGHBOUR_DISTANCE : 0.1);
  if (!(size > 0)) throw new Error('The hexagon radius must be positive');

  const order = [...units].sort((a, b) => {
    if ((a.centroid === null) !== (b.centroid === null)) return a.centroid === null ? 1 : -1;
    const da = density.get(a.code) ?? 0;
    const db = density.get(b.code) ?? 0;
    return da !== db ? da - db : compareCodes(a.code, b.code);
  });

  const taken = new Set<string>();
  const key = (c: HexCell) => `${c.q},${c.r}`;
  const placed = new Map<string, HexCell>();
  for (const u of order) {
    const p = points.get(u.code)!;
    const home = nearestCell(p, size);
    let best: { cell: HexCell; d: number } | null = null;
    let lastRing = Infinity;
    for (let ring = 0; ring <= lastRing; ring++) {
      for (const cell of hexRing(home, ring)) {
        if (taken.has(key(cell))) continue;
        const d = dist(p, cellCenter(cell, size));
        if (!best || d < best.d || (d === best.d && (cell.q < best.cell.q || (cell.q === best.cell.q && cell.r < best.cell.r)))) {
          best = { cell, d };
        }
      }
      // A cell two rings further out can still be nearer in the plane; look that far, no further.
      if (best && lastRing === Infinity) lastRing = ring + 2;
    }
    taken.add(key(best!.cell));
    placed.set(u.code, best!.cell);
  }

  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const cells = units.map((u): CartogramCell => {
    const cell = placed.get(u.code)!;
    const c = cellCenter(cell, size);
    const polygon: LonLat[] = [];
    for (let i = 0; i < 6; i++) {
      const angle = ((60 * i - 30) * Math.PI) / 180;
      polygon.push(fromPlane(plane, { x: c.x + size * Math.cos(angle), y: c.y + size * Math.sin(angle) }));
    }
    polygon.push([...polygon[0]!] as LonLat);
    for (const [lon, lat] of polygon) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
    return {
      code: u.code,
      cell: { ...cell },
      center: fromPlane(plane, c),
      polygon,
      displacement: dist(points.get(u.code)!, c) / (size * SQRT3),
    };
  });
  return { cells, hexRadius: size, bounds: [[west, south], [east, north]] };
}
