import { describe, expect, it } from 'vitest';
import { asUnitCode, getIndicator, type MetricValue } from '@ioc/shared';
import { mapDisplay } from './map-values.js';
import { NO_DATA_COLOR } from './color-scale.js';
import type { MapGeometry } from './map-geometry.js';

const geometry: MapGeometry = {
  mode: 'schematic',
  collection: { type: 'FeatureCollection', features: [] },
  communes: [
    { id: 0, code: '03646', name: 'Tô Hiệu', label: [0, 0], extent: 1 },
    { id: 1, code: '03664', name: 'Chiềng An', label: [0, 0], extent: 1 },
    { id: 2, code: '03670', name: 'Chiềng Cơi', label: [0, 0], extent: 1 },
  ],
  bounds: [
    [0, 0],
    [1, 1],
  ],
};

const value = (unit: string, v: number): MetricValue => ({
  indicator: 'SOHOA.TIEP_NHAN',
  unit: asUnitCode(unit),
  level: 'commune',
  numerator: v,
  denominator: 100,
  value: v,
  asOf: '2025-12-20T00:00:00Z',
  windowStart: null,
  simulated: false,
});

describe('mapDisplay', () => {
  it('colours, labels and flags each commune against the commune target', () => {
    const d = mapDisplay(geometry, { 'SOHOA.TIEP_NHAN|03646': value('03646', 95.25), 'SOHOA.TIEP_NHAN|03664': value('03664', 55) }, getIndicator('SOHOA.TIEP_NHAN'));
    expect(d.communeTarget).toBe(60);
    expect(d.withData).toBe(2);
    expect(d.communes[0]).toMatchObject({ value: 95.25, text: '95,3\u00a0%', below: false });
    expect(d.communes[1]).toMatchObject({ value: 55, below: true });
    expect(d.communes[2]).toMatchObject({ value: null, text: '—', fill: NO_DATA_COLOR, below: false });
    expect(d.communes[0]!.fill).not.toBe(d.communes[1]!.fill);
  });

  it('has no commune target where the catalogue sets none', () => {
    expect(mapDisplay(geometry, {}, getIndicator('DVC.NOP_TRUC_TUYEN')).communeTarget).toBeNull();
  });
});
