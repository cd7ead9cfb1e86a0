import { describe, expect, it } from 'vitest';
import { changeSince, dayWindow, improved, valueOnDay } from './kpi-change.js';

describe('kpi change since a meeting', () => {
  it('asks for the whole local meeting day', () => {
    expect(dayWindow('2026-05-06')).toEqual({ from: '2026-05-05T17:00:00.000Z', to: '2026-05-06T17:00:00.000Z' });
    expect(dayWindow('2026-12-31').to).toBe('2026-12-31T17:00:00.000Z');
  });
  it('reads the year-to-date figure of a flow and the state of a stock at the end of the day', () => {
    const points = [{ bucket: '2026-05-05T17:00:00.000Z', numerator: 1, denominator: 2, value: 50, cumulativeValue: 66.5 }];
    expect(valueOnDay({ kind: 'flow' }, points)).toBe(66.5);
    expect(valueOnDay({ kind: 'stock' }, points)).toBe(50);
    expect(valueOnDay({ kind: 'flow' }, [])).toBeNull();
  });
  it('computes the change and whether it is for the better', () => {
    expect(changeSince(70, 66.5)).toBeCloseTo(3.5);
    expect(changeSince(null, 1)).toBeNull();
    expect(improved({ higherIsBetter: true }, 3.5)).toBe(true);
    expect(improved({ higherIsBetter: false }, 3.5)).toBe(false);
    expect(improved({ higherIsBetter: true }, 0.04)).toBeNull();
  });
});
