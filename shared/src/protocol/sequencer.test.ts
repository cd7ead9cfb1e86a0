import { describe, expect, it } from 'vitest';
import type { MetricsUpdate } from './metrics.js';
import { ChangeSequencer } from './sequencer.js';

const change = (seq: number, prevSeq: number, indicator: MetricsUpdate['indicator'] = 'DVC.NOP_TRUC_TUYEN'): MetricsUpdate => ({
  type: 'update',
  seq,
  prevSeq,
  indicator,
  committedAt: '2025-12-20T08:00:00.000Z',
  values: [],
});

describe('ChangeSequencer', () => {
  it('applies the next change of each indicator once and ignores duplicates', () => {
    const s = new ChangeSequencer();
    s.reset({ indicators: ['DVC.NOP_TRUC_TUYEN', 'SOHOA.TIEP_NHAN'], seqs: { 'DVC.NOP_TRUC_TUYEN': 10, 'SOHOA.TIEP_NHAN': 7 } });
    const applied: number[] = [];
    const apply = (c: MetricsUpdate) => applied.push(c.seq);
    expect(s.offer(change(11, 10), apply)).toBe('applied');
    // Another indicator's change in between does not count as a gap.
    expect(s.offer(change(12, 7, 'SOHOA.TIEP_NHAN'), apply)).toBe('applied');
    expect(s.offer(change(13, 11), apply)).toBe('applied');
    expect(s.offer(change(13, 11), apply)).toBe('duplicate');
    expect(s.offer(change(9, 8), apply)).toBe('duplicate');
    expect(applied).toEqual([11, 12, 13]);
    expect(s.position()).toEqual({ 'DVC.NOP_TRUC_TUYEN': 13, 'SOHOA.TIEP_NHAN': 12 });
  });

  it('reports a gap, holds what arrives during the resume and applies it after the replay', () => {
    const s = new ChangeSequencer();
    s.reset({ indicators: ['DVC.NOP_TRUC_TUYEN'], seqs: { 'DVC.NOP_TRUC_TUYEN': 10 } });
    const applied: number[] = [];
    const apply = (c: MetricsUpdate) => applied.push(c.seq);
    expect(s.offer(change(14, 12), apply)).toBe('gap');
    s.beginResume();
    expect(s.offer(change(16, 14), apply)).toBe('gap'); // live, arrives before the replay: held
    // The replay: 12 and 14 (14 again is a duplicate after that).
    s.offer(change(12, 10), apply);
    s.offer(change(14, 12), apply);
    expect(s.endResume(apply)).toBe(false);
    expect(applied).toEqual([12, 14, 16]);
  });

  it('says when a gap remains after the replay', () => {
    const s = new ChangeSequencer();
    s.reset({ indicators: ['DVC.NOP_TRUC_TUYEN'], seqs: {} });
    s.beginResume();
    s.offer(change(5, 3), () => undefined);
    expect(s.endResume(() => undefined)).toBe(true);
  });
});
