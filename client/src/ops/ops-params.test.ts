import { describe, expect, it } from 'vitest';
import { COMMUNE_INDICATORS, readOpsParams, withOpsParams } from './ops-params.js';

describe('ops URL parameters', () => {
  it('reads defaults from an empty query and ignores bad values', () => {
    expect(readOpsParams('')).toEqual({ indicator: 'DVC.NOP_TRUC_TUYEN', range: { preset: '90d' }, compare: null, all: false });
    expect(readOpsParams('?indicator=NOPE&compare=12&all=yes')).toMatchObject({ indicator: 'DVC.NOP_TRUC_TUYEN', compare: null, all: false });
    // A province-only indicator cannot be ranked by commune.
    expect(readOpsParams('?indicator=DVC.TOAN_TRINH').indicator).toBe('DVC.NOP_TRUC_TUYEN');
  });
  it('changes only what is asked and keeps the rest', () => {
    const href = withOpsParams('/ops/commune/03670', '?range=30d', { compare: '03673', indicator: 'SOHOA.TIEP_NHAN' });
    expect(href).toBe('/ops/commune/03670?range=30d&indicator=SOHOA.TIEP_NHAN&compare=03673');
    const back = withOpsParams('/ops', href.split('?')[1]!, { compare: null, indicator: 'DVC.NOP_TRUC_TUYEN', range: { preset: '90d' } });
    expect(back).toBe('/ops');
  });
  it('offers only indicators with commune values', () => {
    expect(COMMUNE_INDICATORS.map((i) => i.code)).not.toContain('DVC.TOAN_TRINH');
    expect(COMMUNE_INDICATORS.map((i) => i.code)).toContain('HATANG.PHU_SONG_4G');
  });
});
