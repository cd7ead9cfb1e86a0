import { describe, expect, it } from 'vitest';
import type { ReportTemplate } from '@ioc/shared';
import { currentPeriods, resolvePeriod } from './filing-periods.js';

const template = (over: Partial<ReportTemplate>): ReportTemplate => ({
  code: 'T',
  kind: 'periodic',
  agencyCode: 'SKHCN',
  agencyName: 'Sở Khoa học và Công nghệ',
  responsibleAgencyCode: 'SKHCN',
  responsibleAgencyName: 'Sở Khoa học và Công nghệ',
  nameVi: 'Báo cáo',
  periods: ['month'],
  annexPeriod: 'Tháng',
  statisticsItem: null,
  regime: 'periodic',
  participants: 'self',
  fields: [],
  dueDate: null,
  isDemo: false,
  source: 'test',
  ...over,
});
const NOW = new Date('2026-11-23T03:00:00Z');

describe('filing periods', () => {
  it('gives each period kind of a report its current period and due date', () => {
    const periods = currentPeriods(template({ periods: ['quarter', 'year'] }), 'agency', NOW);
    expect(periods.map((p) => [p.key, p.label, p.due])).toEqual([
      ['2026-Q4', 'Quý IV/2026', '2026-12-18'],
      ['2026', 'Năm 2026', '2026-12-18'],
    ]);
    expect(currentPeriods(template({ periods: ['realtime'] }), 'agency', NOW)).toEqual([]);
  });

  it('files the Statistics Office’s single-quarter reports for their quarter', () => {
    // Annex row 21, item 9: livestock, preliminary third quarter, due 20/11.
    const [period] = currentPeriods(template({ periods: ['quarter'], statisticsItem: 9 }), 'agency', NOW);
    expect(period).toMatchObject({ key: '2026-Q3', due: '2026-11-20' });
    expect(() => resolvePeriod(template({ periods: ['quarter'], statisticsItem: 9 }), 'agency', '2026-Q4', NOW)).toThrow(/filed for Quý III\/2026 only/);
  });

  it('refuses periods of another kind, not started, or malformed, naming the field', () => {
    expect(() => resolvePeriod(template({}), 'agency', '2026-Q4', NOW)).toThrow(/period: 2026-Q4 is not a period of T/);
    expect(() => resolvePeriod(template({}), 'agency', '2026-12', NOW)).toThrow(/has not started/);
    expect(() => resolvePeriod(template({}), 'agency', 'once', NOW)).toThrow(/periodic report/);
    expect(resolvePeriod(template({}), 'commune', '2026-10', NOW).due).toBe('2026-10-19');
  });

  it('gives a one-off report the single period "once" with its own date', () => {
    const adHoc = template({ kind: 'ad-hoc', periods: [], dueDate: '2026-11-28' });
    expect(currentPeriods(adHoc, 'agency', NOW)).toEqual([{ key: 'once', period: null, label: 'Hạn 28/11/2026', due: '2026-11-30' }]);
  });
});
