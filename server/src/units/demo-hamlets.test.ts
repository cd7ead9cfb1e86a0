import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEMO_HAMLET_TOTAL, generateDemoHamlets, type DemoHamletCommune } from './demo-hamlets.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const CSV = path.resolve(repoRoot, 'db/reference/sonla-communes-2025.csv');

function communes(): DemoHamletCommune[] {
  const rows = parse(readFileSync(CSV, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((r) => ({ code: r.code!, type: r.type!, population: Number(r.population), areaKm2: Number(r.area_km2) }));
}

describe('demo hamlet registry', () => {
  const list = communes();
  const hamlets = generateDemoHamlets(list);

  it('has exactly 2.233 hamlets (one per community digital-technology team, seed 001)', () => {
    expect(list).toHaveLength(75);
    expect(hamlets).toHaveLength(DEMO_HAMLET_TOTAL);
    expect(DEMO_HAMLET_TOTAL).toBe(2233);
  });

  it('gives unique codes: commune code + 3 digits', () => {
    expect(new Set(hamlets.map((h) => h.code)).size).toBe(hamlets.length);
    for (const h of hamlets) expect(h.code).toMatch(new RegExp(`^${h.communeCode}\\d{3}$`));
  });

  it('gives every commune at least 8, more to big and populous ones', () => {
    const perCommune = new Map<string, number>();
    for (const h of hamlets) perCommune.set(h.communeCode, (perCommune.get(h.communeCode) ?? 0) + 1);
    expect(perCommune.size).toBe(75);
    for (const n of perCommune.values()) expect(n).toBeGreaterThanOrEqual(8);
    // Mai Sơn (52.361 people, 164 km²) has more than Mường Lèo (4.277 people).
    expect(perCommune.get('04105')!).toBeGreaterThan(perCommune.get('04240')!);
  });

  it('uses generic names and the type of the commune', () => {
    const ward = hamlets.find((h) => h.communeCode === '03646')!;
    expect(ward).toMatchObject({ code: '03646001', name: 'Tổ dân phố số 1', type: 'tổ dân phố' });
    const xa = hamlets.find((h) => h.communeCode === '04240')!;
    expect(xa).toMatchObject({ name: 'Bản số 1', type: 'bản' });
  });

  it('is deterministic and independent of input order', () => {
    expect(generateDemoHamlets(list)).toEqual(hamlets);
    const reversed = generateDemoHamlets([...list].reverse());
    const key = (h: { code: string }) => h.code;
    expect(reversed.map(key).sort()).toEqual(hamlets.map(key).sort());
  });
});
