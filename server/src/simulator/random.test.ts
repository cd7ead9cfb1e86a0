import { describe, expect, it } from 'vitest';
import { Rng, hashSeed, logFactorial, mulberry32 } from './random.js';

function meanVar(xs: number[]): { mean: number; variance: number } {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (xs.length - 1);
  return { mean, variance };
}

describe('seeded PRNG', () => {
  it('is reproducible for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const sa = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(sa);
    expect([c(), c(), c()]).not.toEqual(sa);
    for (const x of sa) expect(x >= 0 && x < 1).toBe(true);
    expect(hashSeed(1, 'a')).toBe(hashSeed(1, 'a'));
    expect(hashSeed(1, 'a')).not.toBe(hashSeed(1, 'b'));
    expect(hashSeed(12, 3)).not.toBe(hashSeed(1, 23));
  });

  it('has uniform draws with mean ½ and normal draws with mean 0, sd 1', () => {
    const rng = new Rng(7);
    const u = meanVar(Array.from({ length: 50_000 }, () => rng.next()));
    expect(u.mean).toBeCloseTo(0.5, 2);
    expect(u.variance).toBeCloseTo(1 / 12, 2);
    const n = meanVar(Array.from({ length: 50_000 }, () => rng.normal()));
    expect(Math.abs(n.mean)).toBeLessThan(0.02);
    expect(Math.abs(n.variance - 1)).toBeLessThan(0.03);
  });

  it('computes log-factorials', () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 10);
    // Stirling branch against the table's recurrence
    let exact = logFactorial(255);
    for (let k = 256; k <= 300; k++) exact += Math.log(k);
    expect(logFactorial(300)).toBeCloseTo(exact, 6);
  });

  it.each([0.3, 4, 29.5, 30, 75, 1200])('samples Poisson(%s) with the right mean and variance', (lambda) => {
    const rng = new Rng(hashSeed('poisson', lambda));
    const xs = Array.from({ length: 20_000 }, () => rng.poisson(lambda));
    const { mean, variance } = meanVar(xs);
    for (const x of xs) expect(Number.isInteger(x) && x >= 0).toBe(true);
    const se = Math.sqrt(lambda / xs.length);
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * se);
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.06);
  });

  it.each([
    [10, 0.3],
    [40, 0.1],
    [200, 0.5],
    [1500, 0.94],
    [5000, 0.02],
  ])('samples Binomial(%s, %s) with the right mean and variance, within [0, n]', (n, p) => {
    const rng = new Rng(hashSeed('binomial', n, p));
    const xs = Array.from({ length: 20_000 }, () => rng.binomial(n, p));
    for (const x of xs) expect(Number.isInteger(x) && x >= 0 && x <= n).toBe(true);
    const { mean, variance } = meanVar(xs);
    const v = n * p * (1 - p);
    expect(Math.abs(mean - n * p)).toBeLessThan(5 * Math.sqrt(v / xs.length));
    expect(Math.abs(variance / v - 1)).toBeLessThan(0.06);
  });

  it('handles the edges of the samplers', () => {
    const rng = new Rng(1);
    expect(rng.poisson(0)).toBe(0);
    expect(rng.binomial(0, 0.5)).toBe(0);
    expect(rng.binomial(10, 0)).toBe(0);
    expect(rng.binomial(10, 1)).toBe(10);
    const split = rng.multinomial(1000, [1, 0, 3]);
    expect(split.reduce((s, x) => s + x, 0)).toBe(1000);
    expect(split[1]).toBe(0);
    expect(split[2]!).toBeGreaterThan(split[0]!);
    expect(rng.shuffle([1, 2, 3, 4]).sort()).toEqual([1, 2, 3, 4]);
  });
});
