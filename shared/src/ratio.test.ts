import { describe, expect, it } from 'vitest';
import { aggregateRatio, ratioPercent } from './ratio.js';

describe('aggregateRatio', () => {
  it('sums numerators and denominators instead of averaging ratios', () => {
    // A commune at 100 % on 10 dossiers and one at 50 % on 990 dossiers:
    // the mean of ratios would say 75 %, the province really is 50,5 %.
    const r = aggregateRatio([
      { numerator: 10, denominator: 10 },
      { numerator: 495, denominator: 990 },
    ]);
    expect(r.numerator).toBe(505);
    expect(r.denominator).toBe(1000);
    expect(r.value).toBeCloseTo(50.5, 10);
  });

  it('reproduces the seed figure 167.084/177.477 = 94,14 %', () => {
    // 001_efedd52ede19b928.txt: "Tỷ lệ số hóa hồ sơ TTHC khi Tiếp nhận: 167.084/177.477 (94,14%)"
    const commune = { numerator: 147_517, denominator: 156_027 };
    const provincial = { numerator: 167_084 - 147_517, denominator: 177_477 - 156_027 };
    expect(aggregateRatio([commune, provincial]).value!.toFixed(2)).toBe('94.14');
  });

  it('has no value when nothing was counted', () => {
    expect(aggregateRatio([]).value).toBeNull();
    expect(ratioPercent(0, 0)).toBeNull();
  });
});
