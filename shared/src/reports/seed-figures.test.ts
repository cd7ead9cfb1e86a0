import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_FIGURES } from './seed-figures.js';

// The seeds live beside the repository (../shared/seeds, relative to the root where vitest runs).
const SEED_DIR = '../shared/seeds/';

const viNumber = (n: number, digits = 2) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits }).format(n);

describe('SEED_FIGURES', () => {
  let seeds: Map<string, string> | null = null;

  beforeAll(async () => {
    // Node's fs through a computed specifier: `shared` has no Node types (as in cartogram.test.ts).
    const fsModule = 'node:fs/promises';
    const fs = (await import(/* @vite-ignore */ fsModule)) as { readFile(path: string, encoding: 'utf8'): Promise<string> };
    try {
      seeds = new Map();
      for (const file of new Set(SEED_FIGURES.map((f) => f.file))) seeds.set(file, (await fs.readFile(`${SEED_DIR}${file}`, 'utf8')).replace(/\s+/g, ' '));
    } catch {
      seeds = null; // a clone without ../shared: the quotes are still checked against their own figures
    }
  });

  it('have unique ids and name a seed file', () => {
    expect(new Set(SEED_FIGURES.map((f) => f.id)).size).toBe(SEED_FIGURES.length);
    for (const f of SEED_FIGURES) expect(f.file).toMatch(/^00\d_[0-9a-f]{16}\.txt$/);
  });

  it('write their numbers in their quote (Vietnamese format)', () => {
    for (const f of SEED_FIGURES) {
      expect(f.quote, f.id).toContain(viNumber(f.value));
      if (f.of !== null) expect(f.quote, f.id).toContain(viNumber(f.of));
      if (f.detail) expect(f.quote, f.id).toContain(viNumber(f.detail.value));
    }
  });

  it('quote figures that occur in the seed', () => {
    if (!seeds) return;
    for (const f of SEED_FIGURES) expect(seeds.get(f.file), f.id).toContain(viNumber(f.value));
  });
});
