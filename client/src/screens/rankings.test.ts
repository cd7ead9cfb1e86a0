import { describe, expect, it } from 'vitest';
import type { MetricValue } from '@ioc/shared';
import { groupSize, rankCommunes } from './rankings.js';

const communes = [
  { code: '1', name: 'Chiềng Cơi' },
  { code: '2', name: 'Tô Hiệu' },
  { code: '3', name: 'Mộc Sơn' },
  { code: '4', name: 'Vân Sơn' },
  { code: '5', name: 'Ẳng Nưa' },
];
const v = (unit: string, numerator: number, denominator: number): MetricValue =>
  ({ indicator: 'X', unit, level: 'commune', numerator, denominator, value: denominator ? (numerator / denominator) * 100 : null, asOf: '2026-01-01T00:00:00Z', windowStart: null, simulated: true }) as unknown as MetricValue;
const values: Record<string, MetricValue> = { 1: v('1', 90, 100), 2: v('2', 10, 100), 3: v('3', 50, 100), 4: v('4', 50, 100), 5: v('5', 0, 0) };
const valueOf = (_i: string, unit: string) => values[unit];

describe('rankCommunes', () => {
  it('ranks best first when higher is better, ties share a rank, no-data apart', () => {
    const r = rankCommunes({ code: 'X', higherIsBetter: true }, communes, valueOf, 1);
    expect(r.ranked.map((c) => [c.name, c.rank])).toEqual([
      ['Chiềng Cơi', 1],
      ['Mộc Sơn', 2],
      ['Vân Sơn', 2],
      ['Tô Hiệu', 4],
    ]);
    expect(r.withoutData).toEqual([{ code: '5', name: 'Ẳng Nưa' }]);
  });

  it('computes group rates as Σ numerator / Σ denominator and their gap', () => {
    const many: Record<string, MetricValue> = { ...values, 2: v('2', 10, 1000) };
    const r = rankCommunes({ code: 'X', higherIsBetter: true }, communes, (_i, u) => many[u], 2);
    expect(r.leading.map((c) => c.code)).toEqual(['1', '3']);
    expect(r.trailing.map((c) => c.code)).toEqual(['4', '2']);
    expect(r.leadingRate).toBeCloseTo(70); // (90+50)/(200)
    expect(r.trailingRate).toBeCloseTo((60 / 1100) * 100);
    expect(r.gap).toBeCloseTo(70 - (60 / 1100) * 100);
  });

  it('ranks lowest first when lower is better', () => {
    const r = rankCommunes({ code: 'X', higherIsBetter: false }, communes, valueOf, 1);
    expect(r.ranked[0]?.name).toBe('Tô Hiệu');
  });

  it('never lets the groups overlap', () => {
    expect(groupSize(75)).toBe(10);
    expect(groupSize(4)).toBe(1);
    const r = rankCommunes({ code: 'X', higherIsBetter: true }, communes.slice(0, 3), valueOf, 10);
    expect(r.leading.length + r.trailing.length).toBeLessThanOrEqual(r.ranked.length);
  });
});
