import { describe, expect, it } from 'vitest';
import type { SeriesPoint } from '@ioc/shared';
import { chartPoints, countsInRange, seriesPath } from './commune-series.js';

const points: SeriesPoint[] = [
  { bucket: '2026-11-21T17:00:00.000Z', numerator: 6, denominator: 10, value: 60, cumulativeValue: 70 },
  { bucket: '2026-11-22T17:00:00.000Z', numerator: 0, denominator: 0, value: null, cumulativeValue: 70 },
];

describe('commune series helpers', () => {
  it('plots the year-to-date value of a flow and the state of a stock', () => {
    expect(chartPoints({ kind: 'flow' }, points).map((p) => p.value)).toEqual([70, 70]);
    expect(chartPoints({ kind: 'stock' }, points).map((p) => p.value)).toEqual([60, null]);
    expect(chartPoints({ kind: 'flow' }, points)[0]?.at).toBe(Date.parse('2026-11-21T17:00:00.000Z'));
  });
  it('sums the counts within the range', () => {
    expect(countsInRange(points)).toEqual({ numerator: 6, denominator: 10 });
  });
  it('asks the series API for the unit, range and bucket', () => {
    expect(seriesPath('SOHOA.TIEP_NHAN', '03670', { from: '2026-08-25T17:00:00.000Z', to: '2026-11-23T14:00:00.000Z', bucket: 'day' })).toBe(
      '/api/series?indicator=SOHOA.TIEP_NHAN&unit=03670&from=2026-08-25T17%3A00%3A00.000Z&to=2026-11-23T14%3A00%3A00.000Z&bucket=day',
    );
  });
});
