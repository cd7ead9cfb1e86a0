import { describe, expect, it } from 'vitest';
import { asUnitCode, type MetricValue } from '@ioc/shared';
import { changedValues, valueKey } from './value-diff.js';

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

describe('changedValues', () => {
  it('keeps new values and values whose figures or data time changed', () => {
    const announced = new Map([value('14', 50), value('03646', 60), value('03670', 10)].map((v) => [valueKey(v), v]));
    const computed = [value('14', 51), value('03646', 60), value('03670', 10, '2025-12-20T08:05:00.000Z'), value('03679', 5)];
    expect(changedValues(computed, announced).map((v) => v.unit)).toEqual(['14', '03670', '03679']);
  });
});
