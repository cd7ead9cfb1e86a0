import { describe, expect, it } from 'vitest';
import { exportFilename, fileStamp, metaRows, slugify } from './export-meta.js';

describe('export names', () => {
  const extractedAt = new Date('2026-11-23T14:05:00Z');
  it('slugifies Vietnamese without diacritics', () => {
    expect(slugify('Chiềng Cơi – so sánh với Tô Hiệu')).toBe('chieng-coi-so-sanh-voi-to-hieu');
    expect(slugify('Đồng')).toBe('dong');
  });
  it('stamps the local extraction time and marks simulated data in the name', () => {
    expect(fileStamp(extractedAt)).toBe('2026-11-23_2105');
    expect(exportFilename({ title: 'Chiềng Cơi', extractedAt, simulated: true }, 'xlsx')).toBe('ioc-sonla_chieng-coi_mo-phong_trich-xuat-2026-11-23_2105.xlsx');
    expect(exportFilename({ title: '', extractedAt, simulated: false }, 'csv')).toBe('ioc-sonla_export_trich-xuat-2026-11-23_2105.csv');
  });
  it('lists source, screen, extraction time, data time, simulated and citation', () => {
    const rows = metaRows(
      { title: 'T', url: 'http://x/ops', extractedAt, dataAsOf: '2026-11-23T14:00:00.000Z', simulated: true },
      {
        source: 'S',
        sourceValue: 'IOC',
        extractedAt: 'E',
        dataAsOf: 'D',
        citation: 'C',
        citationValue: '228',
        simulated: 'M',
        simulatedYes: 'yes',
        simulatedNo: 'no',
        screen: 'P',
        formatDateTime: (d) => new Date(d).toISOString(),
      },
    );
    expect(rows.map((r) => r[0])).toEqual(['S', 'P', 'E', 'D', 'M', 'C']);
    expect(rows[2]?.[1]).toContain('2026-11-23T14:05:00.000Z');
    expect(rows[4]?.[1]).toBe('yes');
  });
});
