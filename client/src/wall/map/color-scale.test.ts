import { describe, expect, it } from 'vitest';
import { NO_DATA_COLOR, RAMP, classIndex, classLabel, colorFor, contrastRatio, fitScale, textColorOn } from './color-scale.js';

describe('fitScale', () => {
  it('fits round equal classes around the values', () => {
    const s = fitScale([52.3, 61, 68.07, 74.9]);
    expect(s.step).toBe(5);
    expect(s.classes.map((c) => [c.from, c.to])).toEqual([
      [50, 55],
      [55, 60],
      [60, 65],
      [65, 70],
      [70, 75],
    ]);
    expect(s.classes[0]!.color).toBe(RAMP[0]);
    expect(s.classes[4]!.color).toBe(RAMP[6]);
  });

  it('narrows the step for values close together', () => {
    const s = fitScale([94.1, 95.7, 96.9]);
    expect(s.step).toBe(0.5);
    expect(s.classes[0]!.from).toBe(94);
    expect(s.classes.length).toBeLessThanOrEqual(6);
    expect(classLabel(s.classes[0]!, s.step)).toBe('94,0 – 94,5');
  });

  it('covers 0–100 when there is nothing to fit', () => {
    const s = fitScale([null, undefined]);
    expect(s.classes[0]!.from).toBe(0);
    expect(s.classes[s.classes.length - 1]!.to).toBe(100);
  });

  it('handles a single value', () => {
    const s = fitScale([42]);
    expect(s.classes).toHaveLength(1);
    expect(colorFor(42, s)).toBe(s.classes[0]!.color);
  });
});

describe('colours', () => {
  const s = fitScale([0, 100]);
  it('puts edges in the upper class and clamps the ends', () => {
    expect(classIndex(20, s)).toBe(1);
    expect(classIndex(100, s)).toBe(s.classes.length - 1);
    expect(classIndex(-3, s)).toBe(0);
  });
  it('greys out missing values', () => {
    expect(colorFor(null, s)).toBe(NO_DATA_COLOR);
    expect(colorFor(Number.NaN, s)).toBe(NO_DATA_COLOR);
  });
  it('chooses label text with at least 4.5:1 contrast on every class', () => {
    for (const fill of [...RAMP, NO_DATA_COLOR]) expect(contrastRatio(fill, textColorOn(fill))).toBeGreaterThanOrEqual(4.5);
    expect(textColorOn('#fde725')).toBe('#08101c');
    expect(textColorOn('#46337e')).toBe('#ffffff');
  });
  it('is a sequential ramp: luminance rises with the value', () => {
    const l = RAMP.map((c) => contrastRatio(c, '#000000'));
    for (let i = 1; i < l.length; i++) expect(l[i]!).toBeGreaterThan(l[i - 1]!);
  });
});
