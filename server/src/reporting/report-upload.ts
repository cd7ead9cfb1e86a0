/**
 * A report's form as an Excel file (issue 5.3: "form, or upload of an Excel
 * file"): the empty form to download, with one line per field, and reading a
 * filled one back into figures. Columns: field, name, unit, numerator,
 * denominator, value — a ratio fills numerator and denominator, a count or an
 * amount fills value.
 */
import ExcelJS from 'exceljs';
import type { FigureValue, Figures, ReportTemplate } from '@ioc/shared';
import { BadRequestError } from '../errors.js';
import { cellNumber, readXlsxTable } from '../ingest/ingest-files.js';

export const FORM_COLUMNS = ['field', 'name', 'unit', 'numerator', 'denominator', 'value'] as const;

export async function formWorkbook(template: ReportTemplate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(template.code.slice(0, 31));
  sheet.addRow([...FORM_COLUMNS]);
  for (const f of template.fields) sheet.addRow([f.code, f.nameVi, f.unitLabel, null, null, null]);
  sheet.columns.forEach((c, i) => (c.width = i === 1 ? 60 : 16));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const bad = (field: string, reason: string) => new BadRequestError(`${field}: ${reason}`, [{ field, reason }]);

export async function readFilledForm(template: ReportTemplate, buffer: Buffer): Promise<Figures> {
  const { header, records } = await readXlsxTable(buffer, (reason) => bad('file', reason));
  if (!header.includes('field')) throw bad('file', `the header (line 1) has no column "field"; expected ${FORM_COLUMNS.join(', ')}`);
  const figures: Figures = {};
  records.forEach((record, i) => {
    const line = i + 2;
    const code = String(record['field'] ?? '').trim();
    const field = template.fields.find((f) => f.code === code);
    if (!field) throw bad(`line ${line}.field`, `"${code}" is not a field of ${template.code}`);
    const num = (column: string) => {
      const v = cellNumber(record[column] ?? '');
      if (typeof v !== 'number') throw bad(`line ${line}.${column}`, `not a number: "${String(record[column] ?? '')}"`);
      return v;
    };
    const value: FigureValue = field.measure === 'ratio' ? { numerator: num('numerator'), denominator: num('denominator') } : { value: num('value') };
    figures[code] = value;
  });
  return figures;
}
