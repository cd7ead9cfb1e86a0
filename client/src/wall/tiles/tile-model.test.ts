import { describe, expect, it } from 'vitest';
import type { MetricValue, SeriesPoint } from '@ioc/shared';
import { asUnitCode, getIndicator } from '@ioc/shared';
import { secondaryIndicators, seriesWindow, sevenDayChange, shortfall, sparklinePoints, tileStatus, provinceTarget } from './tile-model.js';

const day = (iso: string, v: number | null): SeriesPoint => ({ bucket: iso, numerator: 0, denominator: 0, value: v, cumulativeValue: v });
// Days in Asia/Ho_Chi_Minh start at 17:00 UTC the day before.
const points = Array.from({ length: 10 }, (_, i) => day(new Date(Date.UTC(2025, 11, 10 + i, 17)).toISOString(), 60 + i));
// 20/12/2025 10:00 in Sơn La (03:00 UTC): the last point (bucket 19/12 17:00 UTC) is today.
const now = Date.UTC(2025, 11, 20, 3);

describe('tileStatus', () => {
  it('is green at or above the target', () => {
    expect(tileStatus(90, 90)).toEqual({ status: 'good', gap: 0 });
    expect(tileStatus(95.2, 90).status).toBe('good');
  });
  it('is amber below the target by up to 5 points, red beyond', () => {
    expect(tileStatus(86, 90)).toEqual({ status: 'warning', gap: 4 });
    expect(tileStatus(85, 90).status).toBe('warning');
    expect(tileStatus(84.9, 90).status).toBe('critical');
  });
  it('says when there is no target or no value', () => {
    expect(tileStatus(50, null).status).toBe('no-target');
    expect(tileStatus(null, 90).status).toBe('no-data');
    expect(tileStatus(undefined, null).status).toBe('no-data');
  });
  it('inverts for indicators where lower is better', () => {
    expect(tileStatus(12, 10, false)).toEqual({ status: 'warning', gap: 2 });
  });
  it('takes the province target of the catalogue', () => {
    expect(provinceTarget(getIndicator('SOHOA.TIEP_NHAN'))).toBe(90);
    expect(provinceTarget(getIndicator('DVC.TOAN_TRINH'))).toBe(100);
    expect(provinceTarget(getIndicator('DVC.NOP_TRUC_TUYEN'))).toBeNull();
  });
});

describe('series helpers', () => {
  it('asks for 60 days from local midnight', () => {
    expect(seriesWindow(now)).toEqual({ from: '2025-10-20T17:00:00.000Z', to: '2025-12-20T03:00:00.000Z' });
  });

  it('ends the sparkline at the live value', () => {
    const line = sparklinePoints(points, 70.5, now);
    expect(line).toHaveLength(10);
    expect(line[9]).toEqual([Date.UTC(2025, 11, 19, 17), 70.5]);
    // Next day, no bucket yet: the live value becomes a new point.
    const tomorrow = sparklinePoints(points, 71, now + 86_400_000);
    expect(tomorrow).toHaveLength(11);
    expect(sparklinePoints(points, null, now)[9]).toEqual([Date.UTC(2025, 11, 19, 17), 69]);
  });

  it('computes the change over 7 days in points', () => {
    // Today 69 (or live 70.5) against the point 7 days earlier (62).
    expect(sevenDayChange(points, null, now)).toBeCloseTo(7, 10);
    expect(sevenDayChange(points, 70.5, now)).toBeCloseTo(8.5, 10);
    expect(sevenDayChange(points.slice(-5), null, now)).toBeNull();
    expect(sevenDayChange([], null, now)).toBeNull();
  });

  it('falls back to the day before when the reference day has no value', () => {
    const gappy = points.map((p, i) => (i === 2 ? day(p.bucket, null) : p));
    expect(sevenDayChange(gappy, null, now)).toBeCloseTo(8, 10);
    const gappier = points.map((p, i) => (i === 1 || i === 2 ? day(p.bucket, null) : p));
    expect(sevenDayChange(gappier, null, now)).toBeNull();
  });
});

describe('tile content', () => {
  it('counts what is not covered yet', () => {
    const v: MetricValue = {
      indicator: 'HATANG.PHU_SONG_4G',
      unit: asUnitCode('14'),
      level: 'province',
      numerator: 2164,
      denominator: 2233,
      value: 96.9,
      asOf: '2025-12-20T03:00:00Z',
      windowStart: null,
      simulated: true,
    };
    expect(shortfall(v)).toBe(69);
    expect(shortfall(undefined)).toBeNull();
  });
  it('lists the other indicators of a family', () => {
    expect(secondaryIndicators('public_services', 'DVC.NOP_TRUC_TUYEN').map((i) => i.code)).toEqual(['DVC.XU_LY_TRUC_TUYEN', 'DVC.TOAN_TRINH']);
    expect(secondaryIndicators('connectivity', 'HATANG.PHU_SONG_4G').map((i) => i.code)).toEqual(['HATANG.BANG_RONG_CO_DINH']);
    expect(secondaryIndicators('budget', 'NGANSACH.GIAI_NGAN_KHCN')).toEqual([]);
  });
});
