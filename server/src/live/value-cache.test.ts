import { describe, expect, it } from 'vitest';
import { asUnitCode, type MetricValue } from '@ioc/shared';
import { ValueCache } from './value-cache.js';

const value = (unit: string, numerator: number, asOf = '2025-12-20T08:00:00.000Z'): MetricValue => ({
  indicator: 'DVC.NOP_TRUC_TUYEN',
  unit: asUnitCode(unit),
  level: unit === '14' ? 'province' : 'commune',
  numerator,
  denominator: 100,
  value: numerator,
  asOf,
  windowStart: null,
  simulated: true,
});

describe('ValueCache', () => {
  it('returns only values that changed since the last update', () => {
    const cache = new ValueCache();
    expect(cache.update([value('14', 50), value('03646', 60)])).toHaveLength(2);
    const changed = cache.update([value('14', 51), value('03646', 60)]);
    expect(changed.map((v) => v.unit)).toEqual(['14']);
    expect(cache.update([value('14', 51, '2025-12-20T08:05:00.000Z')])).toHaveLength(1);
    expect(cache.size).toBe(2);
  });
});
