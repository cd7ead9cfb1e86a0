/**
 * A small seeded PRNG (mulberry32) with the samplers the simulator needs, so
 * that every simulated figure is reproducible for a fixed seed. No Math.random.
 *
 *   const rng = new Rng(hashSeed(42, 'flows'));
 *   rng.next(); rng.int(1, 6); rng.normal(); rng.poisson(12.5); rng.binomial(200, 0.3);
 */

/** mulberry32: a 32-bit state generator, good enough for simulation (not for cryptography). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes numbers and strings into one 32-bit seed (FNV-1a over the parts, then a murmur3 finaliser). */
export function hashSeed(...parts: (number | string)[]): number {
  let h = 0x811c9dc5;
  const feed = (byte: number) => {
    h ^= byte & 0xff;
    h = Math.imul(h, 0x01000193);
  };
  for (const part of parts) {
    const s = typeof part === 'number' ? `#${part}` : `$${part}`;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      feed(c);
      feed(c >>> 8);
    }
    feed(0x1f);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ln(k!) for small k from a table, Stirling's series beyond.
const LOG_FACTORIAL_TABLE: number[] = (() => {
  const t = [0];
  for (let k = 1; k < 256; k++) t.push(t[k - 1]! + Math.log(k));
  return t;
})();

export function logFactorial(k: number): number {
  if (k < 256) return LOG_FACTORIAL_TABLE[k]!;
  const n = k + 1;
  return (n - 0.5) * Math.log(n) - n + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * n) - 1 / (360 * n * n * n);
}

export class Rng {
  private readonly u: () => number;
  private spareNormal: number | null = null;

  constructor(seed: number) {
    this.u = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u();
  }

  /** Uniform in [min, max). */
  uniform(min: number, max: number): number {
    return min + (max - min) * this.u();
  }

  /** Integer uniform in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.u() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.u() < p;
  }

  /** Standard normal (Box–Muller, the spare value is kept). */
  normal(): number {
    if (this.spareNormal !== null) {
      const s = this.spareNormal;
      this.spareNormal = null;
      return s;
    }
    let u1 = this.u();
    while (u1 <= 0) u1 = this.u();
    const u2 = this.u();
    const r = Math.sqrt(-2 * Math.log(u1));
    this.spareNormal = r * Math.sin(2 * Math.PI * u2);
    return r * Math.cos(2 * Math.PI * u2);
  }

  /** Log-normal with median 1 and log-sd sigma. */
  lognormal(sigma: number): number {
    return Math.exp(sigma * this.normal());
  }

  /** Fisher–Yates shuffle of a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const a = [...items];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.u() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }

  /** Index drawn with probability proportional to weights (all ≥ 0, not all 0). */
  weightedIndex(weights: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < weights.length; i++) total += weights[i]!;
    let x = this.u() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]!;
      if (w <= 0) continue;
      last = i;
      x -= w;
      if (x < 0) return i;
    }
    return last;
  }

  /**
   * Poisson(lambda). Knuth's multiplication method below 30, Hörmann's PTRS
   * (transformed rejection with squeeze, 1993) above: exact in both ranges.
   */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      const l = Math.exp(-lambda);
      let k = 0;
      let p = this.u();
      while (p > l) {
        k++;
        p *= this.u();
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const U = this.u() - 0.5;
      const V = this.u();
      const us = 0.5 - Math.abs(U);
      const k = Math.floor(((2 * a) / us + b) * U + lambda + 0.43);
      if (us >= 0.07 && V <= vr) return k;
      if (k < 0 || (us < 0.013 && V > us)) continue;
      if (Math.log(V) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logFactorial(k)) return k;
    }
  }

  /**
   * Binomial(n, p). Inversion (sequential search) when n·min(p,1−p) < 10,
   * Hörmann's BTRS (1993) otherwise: exact in both ranges.
   */
  binomial(n: number, p: number): number {
    if (n <= 0 || p <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - this.binomial(n, 1 - p);
    const q = 1 - p;
    if (n * p < 10) {
      // Inversion: walk the pmf from k = 0.
      const s = p / q;
      let f = Math.pow(q, n);
      let u = this.u();
      let k = 0;
      for (;;) {
        if (u < f) return k;
        if (k >= n) return n;
        u -= f;
        f *= (s * (n - k)) / (k + 1);
        k++;
      }
    }
    const spq = Math.sqrt(n * p * q);
    const b = 1.15 + 2.53 * spq;
    const a = -0.0873 + 0.0248 * b + 0.01 * p;
    const c = n * p + 0.5;
    const vr = 0.92 - 4.2 / b;
    const alpha = (2.83 + 5.1 / b) * spq;
    const lpq = Math.log(p / q);
    const m = Math.floor((n + 1) * p);
    const h = logFactorial(m) + logFactorial(n - m);
    for (;;) {
      const u = this.u() - 0.5;
      let v = this.u();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + c);
      if (k < 0 || k > n) continue;
      if (us >= 0.07 && v <= vr) return k;
      v = Math.log((v * alpha) / (a / (us * us) + b));
      if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * lpq) return k;
    }
  }

  /** Splits n into counts proportional to weights (multinomial, by conditional binomials). */
  multinomial(n: number, weights: readonly number[]): number[] {
    const out = new Array<number>(weights.length).fill(0);
    let remainingWeight = weights.reduce((s, w) => s + Math.max(0, w), 0);
    let left = n;
    for (let i = 0; i < weights.length && left > 0; i++) {
      const w = Math.max(0, weights[i]!);
      if (i === weights.length - 1 || remainingWeight <= w) {
        out[i] = left;
        break;
      }
      const k = this.binomial(left, remainingWeight > 0 ? w / remainingWeight : 0);
      out[i] = k;
      left -= k;
      remainingWeight -= w;
    }
    return out;
  }
}
