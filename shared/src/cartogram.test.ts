import { beforeAll, describe, expect, it } from 'vitest';
import { hexCartogram, hexDistance, hexRing, type CartogramInput } from './cartogram.js';

// The reference list of the 75 communes shipped with the product (db/reference/README.md),
// read relative to the repository root, where vitest runs.
const CSV_PATH = 'db/reference/sonla-communes-2025.csv';

/** Splits one CSV line, honouring double quotes. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

interface Commune extends CartogramInput {
  name: string;
  centroid: [number, number];
}

async function readCommunes(): Promise<Commune[]> {
  // Node's fs through a computed specifier: `shared` has no Node types, and only this test needs a file.
  const fsModule = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsModule)) as { readFile(path: string, encoding: 'utf8'): Promise<string> };
  const [header, ...lines] = (await fs.readFile(CSV_PATH, 'utf8')).trim().split(/\r?\n/);
  const columns = splitCsvLine(header!);
  const col = (name: string) => columns.indexOf(name);
  return lines.map((line) => {
    const f = splitCsvLine(line);
    return {
      code: f[col('code')]!,
      name: f[col('name')]!,
      centroid: [Number(f[col('centroid_lon')]), Number(f[col('centroid_lat')])],
    };
  });
}

describe('hex grid helpers', () => {
  it('builds rings of 6·k cells at distance k', () => {
    const c = { q: 2, r: -1 };
    expect(hexRing(c, 0)).toEqual([c]);
    for (const k of [1, 2, 3]) {
      const ring = hexRing(c, k);
      expect(ring).toHaveLength(6 * k);
      expect(new Set(ring.map((x) => `${x.q},${x.r}`)).size).toBe(6 * k);
      for (const cell of ring) expect(hexDistance(c, cell)).toBe(k);
    }
  });
});

describe('hexCartogram of the 75 communes of Sơn La', () => {
  let communes: Commune[] = [];
  beforeAll(async () => {
    communes = await readCommunes();
  });

  it('reads 75 communes with centroids', () => {
    expect(communes).toHaveLength(75);
    for (const c of communes) expect(c.centroid.every(Number.isFinite)).toBe(true);
  });

  it('gives every commune its own cell', () => {
    const layout = hexCartogram(communes);
    expect(layout.cells).toHaveLength(75);
    expect(new Set(layout.cells.map((c) => `${c.cell.q},${c.cell.r}`)).size).toBe(75);
    expect(layout.cells.map((c) => c.code)).toEqual(communes.map((c) => c.code));
  });

  it('is deterministic and independent of the input order', () => {
    const a = hexCartogram(communes);
    const b = hexCartogram(communes);
    expect(b).toEqual(a);
    const reversed = hexCartogram([...communes].reverse());
    const byCode = new Map(reversed.cells.map((c) => [c.code, c.cell]));
    for (const c of a.cells) expect(byCode.get(c.code)).toEqual(c.cell);
  });

  it('keeps every hexagon within a few hexagon widths of its centroid', () => {
    const layout = hexCartogram(communes);
    for (const c of layout.cells) expect(c.displacement, c.code).toBeLessThanOrEqual(2.5);
    const mean = layout.cells.reduce((s, c) => s + c.displacement, 0) / layout.cells.length;
    expect(mean).toBeLessThan(0.8);
  });

  it('gives the small urban wards of the provincial capital their own neighbouring cells', () => {
    const layout = hexCartogram(communes);
    const wards = ['03646', '03670', '03679', '03664']; // Tô Hiệu, Chiềng Cơi, Chiềng Sinh, Chiềng An
    const cells = wards.map((code) => layout.cells.find((c) => c.code === code)!);
    expect(new Set(cells.map((c) => `${c.cell.q},${c.cell.r}`)).size).toBe(4);
    // They stay together: each within 2 steps of Tô Hiệu, the city centre.
    for (const c of cells) expect(hexDistance(c.cell, cells[0]!.cell)).toBeLessThanOrEqual(2);
    // Tô Hiệu, the densest, sits on the cell nearest to its own centroid.
    expect(cells[0]!.displacement).toBeLessThan(0.6);
  });

  it('returns closed counter-clockwise hexagons in lon/lat around each centre', () => {
    const layout = hexCartogram(communes);
    for (const c of layout.cells) {
      expect(c.polygon).toHaveLength(7);
      expect(c.polygon[6]).toEqual(c.polygon[0]);
      let twiceArea = 0;
      for (let i = 0; i < 6; i++) {
        const [x1, y1] = c.polygon[i]!;
        const [x2, y2] = c.polygon[i + 1]!;
        twiceArea += x1 * y2 - x2 * y1;
      }
      expect(twiceArea).toBeGreaterThan(0);
      const [w, s] = layout.bounds[0];
      const [e, n] = layout.bounds[1];
      expect(c.center[0]).toBeGreaterThan(w);
      expect(c.center[0]).toBeLessThan(e);
      expect(c.center[1]).toBeGreaterThan(s);
      expect(c.center[1]).toBeLessThan(n);
    }
    // The layout covers Sơn La (103,2–105,1 E; 20,6–22,0 N), give or take a cell.
    expect(layout.bounds[0][0]).toBeGreaterThan(103.1);
    expect(layout.bounds[1][0]).toBeLessThan(105.1);
    expect(layout.bounds[0][1]).toBeGreaterThan(20.5);
    expect(layout.bounds[1][1]).toBeLessThan(22.1);
  });

  it('places units without a centroid after the others, still on a unique cell', () => {
    const input: CartogramInput[] = [...communes.slice(0, 10), { code: '99999', centroid: null }];
    const layout = hexCartogram(input);
    expect(new Set(layout.cells.map((c) => `${c.cell.q},${c.cell.r}`)).size).toBe(11);
  });

  it('rejects duplicate codes', () => {
    expect(() => hexCartogram([communes[0]!, communes[0]!])).toThrow(/Duplicate/);
  });
});
