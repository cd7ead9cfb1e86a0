/**
 * Agencies work in Excel: a CSV or XLSX file with the JSON batch's columns
 * (indicator, unit, period, numerator, denominator[, source]) becomes the same
 * list of observations, then goes through the same checks and write path.
 * Row numbers in errors are observation indexes; line = index + 2 (header on line 1).
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidBatchError } from './ingest-errors.js';

export const FILE_COLUMNS = ['indicator', 'unit', 'period', 'numerator', 'denominator', 'source'] as const;
const REQUIRED = FILE_COLUMNS.slice(0, 5);

export const CSV_TYPES = ['text/csv', 'application/csv'];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A cell as written in a file, turned into what the JSON batch would hold: numbers as numbers, blanks dropped. */
function toObservation(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const column of FILE_COLUMNS) {
    let v = record[column];
    if (v === undefined || v === null || v === '') continue;
    if (column === 'numerator' || column === 'denominator') v = cellNumber(v);
    else v = String(v).trim();
    out[column] = v;
  }
  return out;
}

/** A number as a cell holds it: Vietnamese decimal commas ("94,5") as well as points; anything else is returned as is for the checks to name. */
export function cellNumber(v: unknown): unknown {
  const text = String(v).trim().replace(/\s/g, '');
  const normalised = /^-?\d+(,\d+)?$/.test(text) ? text.replace(',', '.') : text;
  return normalised !== '' && Number.isFinite(Number(normalised)) ? Number(normalised) : v;
}

function checkHeader(header: string[]): void {
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new InvalidBatchError(missing.map((c) => ({ row: -1, field: c, reason: `the file's header (line 1) has no column "${c}"; expected ${FILE_COLUMNS.join(', ')}` })));
  }
}

export function parseCsvObservations(text: string): Record<string, unknown>[] {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (err) {
    throw new InvalidBatchError([{ row: -1, field: 'file', reason: `not a readable CSV file (${(err as Error).message})` }]);
  }
  const [header = [], ...rows] = records;
  const names = header.map((h) => h.toLowerCase());
  checkHeader(names);
  return rows.map((cells) => toObservation(Object.fromEntries(names.map((n, i) => [n, cells[i]]))));
}

/** The first sheet of a workbook as a lower-cased header and records keyed by it (blank rows skipped, formulas as their results). */
export async function readXlsxTable(buffer: Buffer, fail: (reason: string) => Error): Promise<{ header: string[]; records: Record<string, unknown>[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw fail(`not a readable XLSX file (${(err as Error).message})`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw fail('the workbook has no sheet');
  const cellValue = (v: ExcelJS.CellValue): unknown => (v && typeof v === 'object' && 'result' in v ? v.result : v instanceof Date ? v.toISOString() : v);
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(cellValue(v) ?? '').trim().toLowerCase());
  const records: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    if (values.every((v) => v === null || v === undefined || v === '')) continue;
    records.push(Object.fromEntries(header.map((n, i) => [n, cellValue(values[i] ?? null)])));
  }
  return { header, records };
}

export async function parseXlsxObservations(buffer: Buffer): Promise<Record<string, unknown>[]> {
  const { header, records } = await readXlsxTable(buffer, (reason) => new InvalidBatchError([{ row: -1, field: 'file', reason }]));
  checkHeader(header);
  return records.map(toObservation);
}
