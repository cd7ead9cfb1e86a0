import { describe, expect, it } from 'vitest';
import { asUnitCode, type MetricValue } from '@ioc/shared';
import { initialValuesState, reduceSnapshot, reduceUpdate, valueKey } from './metrics-reducers.js';

const v = (indicator: MetricValue['indicator'], unit: string, value: number, simulated = false): MetricValue => ({
  indicator,
  unit: asUnitCode(unit),
  level: unit === '14' ? 'province' : 'commune',
  numerator: value,
  denominator: 100,
  value,
  asOf: '2025-12-20T03:00:00Z',
  windowStart: null,
  simulated,
});

const snapshot = (generatedAt: string, values: MetricValue[], simulatorRunning = false) => ({ type: 'snapshot' as const, generatedAt, indicators: [], values, seqs: {}, simulatorRunning });

describe('reduceSnapshot', () => {
  it('replaces every value', () => {
    const first = reduceSnapshot(initialValuesState, snapshot('2025-12-20T03:00:00Z', [v('DVC.NOP_TRUC_TUYEN', '14', 60), v('DVC.NOP_TRUC_TUYEN', '03646', 70)]), 'socket')!;
    const second = reduceSnapshot(first, snapshot('2025-12-20T03:05:00Z', [v('DVC.NOP_TRUC_TUYEN', '14', 61)], true), 'socket')!;
    expect(Object.keys(second.values)).toEqual([valueKey('DVC.NOP_TRUC_TUYEN', '14')]);
    expect(second.values['DVC.NOP_TRUC_TUYEN|14']!.value).toBe(61);
    expect(second.simulatorRunning).toBe(true);
    expect(second.lastUpdateAt).toBe('2025-12-20T03:05:00Z');
  });

  it('takes a REST snapshot only as a first fill', () => {
    const rest = { generatedAt: '2025-12-20T03:00:00Z', simulatorRunning: false, simulated: false, values: [v('SOHOA.TIEP_NHAN', '14', 90)] };
    const filled = reduceSnapshot(initialValuesState, rest, 'rest')!;
    expect(filled.snapshotSource).toBe('rest');
    const live = reduceSnapshot(filled, snapshot('2025-12-20T02:59:00Z', [v('SOHOA.TIEP_NHAN', '14', 91)]), 'socket')!;
    expect(live.values['SOHOA.TIEP_NHAN|14']!.value).toBe(91);
    // Once the socket has spoken, a late REST answer is ignored…
    expect(reduceSnapshot(live, { ...rest, generatedAt: '2025-12-20T04:00:00Z' }, 'rest')).toBeNull();
    // …and an older REST answer never replaces a newer one.
    expect(reduceSnapshot(filled, { ...rest, generatedAt: '2025-12-20T02:00:00Z' }, 'rest')).toBeNull();
  });
});

describe('reduceUpdate', () => {
  const base = reduceSnapshot(initialValuesState, snapshot('2025-12-20T03:00:00Z', [v('DVC.NOP_TRUC_TUYEN', '14', 60), v('SOHOA.TIEP_NHAN', '14', 90)]), 'socket')!;

  it('merges values by indicator and unit and keeps the rest', () => {
    const next = reduceUpdate(base, { type: 'update', seq: 1, prevSeq: 0, indicator: 'DVC.NOP_TRUC_TUYEN', committedAt: '2025-12-20T03:00:05Z', values: [v('DVC.NOP_TRUC_TUYEN', '14', 60.5), v('DVC.NOP_TRUC_TUYEN', '03646', 71)] });
    expect(next.values['DVC.NOP_TRUC_TUYEN|14']!.value).toBe(60.5);
    expect(next.values['DVC.NOP_TRUC_TUYEN|03646']!.value).toBe(71);
    expect(next.values['SOHOA.TIEP_NHAN|14']).toBe(base.values['SOHOA.TIEP_NHAN|14']);
    expect(next.lastUpdateAt).toBe('2025-12-20T03:00:05Z');
    expect(base.values['DVC.NOP_TRUC_TUYEN|14']!.value).toBe(60); // not mutated
  });

  it('tracks whether any held value is simulated', () => {
    const sim = reduceUpdate(base, { type: 'update', seq: 1, prevSeq: 0, indicator: 'DVC.NOP_TRUC_TUYEN', committedAt: '2025-12-20T03:00:05Z', values: [v('SOHOA.TIEP_NHAN', '14', 90, true)] });
    expect(sim.anySimulated).toBe(true);
    const real = reduceUpdate(sim, { type: 'update', seq: 1, prevSeq: 0, indicator: 'DVC.NOP_TRUC_TUYEN', committedAt: '2025-12-20T03:00:06Z', values: [v('SOHOA.TIEP_NHAN', '14', 90, false)] });
    expect(real.anySimulated).toBe(false);
  });

  it('never moves the last-update time backwards', () => {
    const next = reduceUpdate(base, { type: 'update', seq: 1, prevSeq: 0, indicator: 'DVC.NOP_TRUC_TUYEN', committedAt: '2025-12-20T02:00:00Z', values: [] });
    expect(next.lastUpdateAt).toBe('2025-12-20T03:00:00Z');
  });
});
