import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { InvalidBatchError } from './ingest-errors.js';
import { parseCsvObservations, parseXlsxObservations } from './ingest-files.js';

describe('ingestion files', () => {
  it('reads a CSV into the JSON batch shape, decimal commas included', () => {
    const csv = '\ufeffindicator,unit,period,numerator,denominator\nSOHOA.TIEP_NHAN,03670,2025-12-20T09:00:00+07:00,"94,5",100\nSOHOA.TIEP_NHAN,03646,2025-12-20T09:00:00+07:00,abc,10\n';
    expect(parseCsvObservations(csv)).toEqual([
      { indicator: 'SOHOA.TIEP_NHAN', unit: '03670', period: '2025-12-20T09:00:00+07:00', numerator: 94.5, denominator: 100 },
      { indicator: 'SOHOA.TIEP_NHAN', unit: '03646', period: '2025-12-20T09:00:00+07:00', numerator: 'abc', denominator: 10 },
    ]);
  });

  it('names a missing column', () => {
    expect(() => parseCsvObservations('indicator,unit,period,numerator\nA,B,C,1\n')).toThrow(InvalidBatchError);
    try {
      parseCsvObservations('indicator,unit,period,numerator\n');
    } catch (err) {
      expect((err as InvalidBatchError).details?.[0]?.reason).toMatch(/no column "denominator"/);
    }
  });

  it('reads the first sheet of an XLSX workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Số liệu');
    ws.addRow(['Indicator', 'Unit', 'Period', 'Numerator', 'Denominator', 'Source']);
    ws.addRow(['DVC.TOAN_TRINH', '14', '2025-12', 941, 1065, 'Cổng DVC']);
    const buffer = Buffer.from(await wb.xlsx.writeBuffer());
    expect(await parseXlsxObservations(buffer)).toEqual([
      { indicator: 'DVC.TOAN_TRINH', unit: '14', period: '2025-12', numerator: 941, denominator: 1065, source: 'Cổng DVC' },
    ]);
  });
});
