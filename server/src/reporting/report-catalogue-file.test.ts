import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { STATISTICS_REPORTS } from '@ioc/shared';
import { REPORT_AGENCIES_CSV, REPORT_CATALOGUE_CSV, readAnnexAgencies, readAnnexReports } from './report-catalogue-file.js';

// Number of reports in each row of the annex of Quy định 228/QĐ-UBND (seed 002).
const PER_ROW = [4, 4, 2, 16, 4, 2, 2, 7, 5, 6, 5, 5, 7, 9, 22, 8, 7, 4, 4, 3, 24, 1, 3, 5, 2, 1, 2, 1, 2, 2, 1, 4, 4, 4];

describe('the annex catalogue files', () => {
  const agencies = readAnnexAgencies();
  const reports = readAnnexReports();
  const agencyCodes = new Set(agencies.map((a) => a.code));

  it('has the 182 reports of the annex, each code once', () => {
    expect(reports).toHaveLength(182);
    expect(new Set(reports.map((r) => r.code)).size).toBe(182);
  });

  it('has the annex’s number of reports in each of its 34 rows, numbered from 1', () => {
    expect(PER_ROW.reduce((a, b) => a + b)).toBe(182);
    for (const [i, count] of PER_ROW.entries()) {
      const row = reports.filter((r) => r.annexRow === i + 1);
      expect(row.map((r) => r.item), `row ${i + 1}`).toEqual(Array.from({ length: count }, (_, k) => k + 1));
    }
  });

  it('keeps the order of the annex', () => {
    const keys = reports.map((r) => r.annexRow * 100 + r.item);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  it('gives row 14 items 1–4 to Sở Y tế and 5–9 to the CDC, which belongs to it', () => {
    const row14 = reports.filter((r) => r.annexRow === 14);
    expect(row14.map((r) => r.agencyCode)).toEqual(['SYT', 'SYT', 'SYT', 'SYT', 'CDC', 'CDC', 'CDC', 'CDC', 'CDC']);
    expect(reports.find((r) => r.agencyCode === 'CDC')?.code).toBe('QD228-14-05');
    expect(agencies.find((a) => a.code === 'CDC')).toMatchObject({ annexRow: 14, parentCode: 'SYT' });
  });

  it('has 36 agencies: the 34 rows, the CDC and the 2025 successor not in the annex', () => {
    expect(agencies).toHaveLength(36);
    expect(agencyCodes.size).toBe(36);
    for (let row = 1; row <= 34; row++) {
      expect(agencies.filter((a) => a.annexRow === row && a.parentCode === null), `row ${row}`).toHaveLength(1);
    }
    expect(agencies.filter((a) => a.annexRow === null).map((a) => a.code)).toEqual(['SNNMT']);
  });

  it('names an existing agency for every report, parent and successor', () => {
    for (const r of reports) expect(agencyCodes.has(r.agencyCode), r.code).toBe(true);
    for (const a of agencies) {
      if (a.parentCode !== null) expect(agencyCodes.has(a.parentCode), a.code).toBe(true);
      if (a.successorCode !== null) expect(agencyCodes.has(a.successorCode), a.code).toBe(true);
    }
    const successors = Object.fromEntries(agencies.filter((a) => a.successorCode !== null).map((a) => [a.code, a.successorCode]));
    expect(successors).toEqual({ SKHDT: 'STC', STTTT: 'SKHCN', SGTVT: 'SXD', SNNPTNT: 'SNNMT', STNMT: 'SNNMT', SLDTBXH: 'SNV' });
  });

  it('numbers the 24 Statistics Office reports 1..24, with the periods of STATISTICS_REPORTS', () => {
    const statistics = reports.filter((r) => r.statisticsItem !== null);
    expect(statistics.map((r) => r.statisticsItem)).toEqual(Array.from({ length: 24 }, (_, k) => k + 1));
    for (const r of statistics) {
      expect(r.agencyCode, r.code).toBe('CTK');
      const id = r.statisticsItem as keyof typeof STATISTICS_REPORTS;
      expect(r.periods, r.code).toEqual([STATISTICS_REPORTS[id].period]);
    }
    expect(reports.find((r) => r.statisticsItem === 11)?.periods).toEqual(['season']);
    expect(reports.find((r) => r.statisticsItem === 22)?.periods).toEqual(['month']);
  });

  it('has no letter lost in text extraction', () => {
    for (const r of reports) expect(r.nameVi, r.code).not.toContain('\uFFFD');
    for (const a of agencies) expect(a.nameVi, a.code).not.toContain('\uFFFD');
  });

  it('has two real-time reports, the Sở Thông tin và Truyền thông’s items 6 and 7', () => {
    expect(reports.filter((r) => r.periods.includes('realtime')).map((r) => r.code)).toEqual(['QD228-17-06', 'QD228-17-07']);
  });

  it('leaves row 4 item 10 without a period, as the annex prints it', () => {
    const r = reports.find((x) => x.code === 'QD228-04-10');
    expect(r).toMatchObject({ periods: [], annexPeriod: '' });
    expect(reports.filter((x) => x.periods.length === 0)).toHaveLength(1);
  });

  it('reads combined periods', () => {
    expect(reports.find((r) => r.code === 'QD228-16-01')).toMatchObject({ periods: ['quarter', 'year'], annexPeriod: 'Quý, Năm' });
    expect(reports.find((r) => r.code === 'QD228-15-02')).toMatchObject({ periods: ['half-year', 'year'], annexPeriod: '6 tháng, Năm' });
    expect(reports.find((r) => r.code === 'QD228-27-02')).toMatchObject({ periods: ['day', 'month'], annexPeriod: 'Ngày, Tháng' });
  });
});

describe('a malformed file', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qd228-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const reportLines = readFileSync(REPORT_CATALOGUE_CSV, 'utf8').split('\n');
  const agencyLines = readFileSync(REPORT_AGENCIES_CSV, 'utf8').split('\n');

  function write(name: string, lines: string[]): string {
    const file = path.join(dir, name);
    writeFileSync(file, lines.join('\n'));
    return file;
  }

  it('is rejected with the file, line and field of a bad period', () => {
    const bad = [...reportLines];
    bad[3] = bad[3]!.replace(',month,Tháng,', ',weekly,Tháng,');
    const file = write('bad-period.csv', bad);
    expect(() => readAnnexReports(file)).toThrow(`${file}, line 4, field periods`);
  });

  it('is rejected when a code does not match its row and item', () => {
    const bad = [...reportLines];
    bad[1] = bad[1]!.replace('QD228-01-01,', 'QD228-01-09,');
    expect(() => readAnnexReports(write('bad-code.csv', bad))).toThrow(/line 2, field code: must be QD228-01-01/);
  });

  it('is rejected when a code appears twice', () => {
    const bad = [...agencyLines];
    bad[2] = bad[1]!;
    expect(() => readAnnexAgencies(write('duplicate.csv', bad))).toThrow(/line 3, field code: "VPUBND" appears twice/);
  });

  it('is rejected with a bad annex row or a wrong header', () => {
    const bad = [...agencyLines];
    bad[1] = bad[1]!.replace('VPUBND,1,', 'VPUBND,x,');
    expect(() => readAnnexAgencies(write('bad-row.csv', bad))).toThrow(/line 2, field annex_row/);
    expect(() => readAnnexAgencies(write('bad-header.csv', ['code,row,name_vi,name_en,parent_code,successor_code', ...agencyLines.slice(1)]))).toThrow(/header/);
  });
});
