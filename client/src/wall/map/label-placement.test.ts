import { describe, expect, it } from 'vitest';
import { placeLabels, type LabelCandidate } from './label-placement.js';

const label = (id: number, x: number, y: number, priority: number): LabelCandidate => ({
  id,
  x,
  y,
  full: { width: 80, height: 30 },
  compact: { width: 40, height: 14 },
  priority,
});

describe('placeLabels', () => {
  it('keeps full labels where they do not touch', () => {
    const fits = placeLabels([label(0, 0, 0, 1), label(1, 200, 0, 1)]);
    expect([...fits.entries()]).toEqual([
      [0, 'full'],
      [1, 'full'],
    ]);
  });

  it('shows every value it can before any name, and sends the rest to the callout', () => {
    // 0 and 1 are 22 px apart: both values fit (14 px high), neither name (30 px high).
    // 2 sits on 0's value: it goes to the callout.
    const fits = placeLabels([label(0, 0, 0, 10), label(1, 0, 22, 5), label(2, 0, 5, 1)]);
    expect(fits.get(0)).toBe('compact');
    expect(fits.get(1)).toBe('compact');
    expect(fits.get(2)).toBe('callout');
  });

  it('grows a value to its name where there is room', () => {
    const fits = placeLabels([label(0, 0, 0, 10), label(1, 0, 32, 5)]);
    expect(fits.get(0)).toBe('full');
    expect(fits.get(1)).toBe('compact');
  });

  it('is deterministic on ties', () => {
    const a = placeLabels([label(1, 0, 0, 1), label(0, 0, 0, 1)]);
    expect(a.get(0)).toBe('full');
    expect(a.get(1)).toBe('callout');
  });
});

describe('placeLabels with communes that must be named', () => {
  it('always lists a small ward in the callout, and leaves its room to the others', () => {
    const fits = placeLabels([label(0, 0, 0, 10), { ...label(1, 500, 0, 50), mustName: true }, label(2, 0, 22, 1)]);
    expect(fits.get(1)).toBe('callout');
    expect(fits.get(0)).not.toBe('callout');
  });
});
