import { describe, expect, it } from 'vitest';
import { WALL_METRICS, nextMetric, pinnedMetric } from './metric-cycle.js';

describe('metric cycle', () => {
  it('cycles the four headline indicators in tile order', () => {
    expect(WALL_METRICS).toEqual(['DVC.NOP_TRUC_TUYEN', 'SOHOA.TIEP_NHAN', 'HATANG.PHU_SONG_4G', 'NGANSACH.GIAI_NGAN_KHCN']);
    expect(nextMetric('DVC.NOP_TRUC_TUYEN')).toBe('SOHOA.TIEP_NHAN');
    expect(nextMetric('NGANSACH.GIAI_NGAN_KHCN')).toBe('DVC.NOP_TRUC_TUYEN');
    // An indicator outside the cycle (pinned before) restarts it.
    expect(nextMetric('SOHOA.KET_QUA')).toBe('DVC.NOP_TRUC_TUYEN');
  });

  it('pins a known indicator from ?metric=CODE and ignores unknown ones', () => {
    expect(pinnedMetric('?metric=HATANG.PHU_SONG_4G')).toBe('HATANG.PHU_SONG_4G');
    expect(pinnedMetric('?metric=SOHOA.KET_QUA&x=1')).toBe('SOHOA.KET_QUA');
    expect(pinnedMetric('?metric=NOPE')).toBeNull();
    expect(pinnedMetric('')).toBeNull();
  });
});
