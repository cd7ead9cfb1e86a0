/**
 * XLSX through ExcelJS, loaded only when someone exports (it is large and the
 * wall never needs it). The first sheet holds the source and the extraction
 * time; every data sheet repeats them in its header rows, so a sheet copied
 * alone still cites its source.
 */
import type { ExportTable } from './export-table.js';

/** Excel forbids []:*?/\ in sheet names and allows 31 characters. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 28)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

export async function buildXlsx(meta: [string, string][], tables: readonly ExportTable[], sourceSheet: string, creator: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  workbook.created = new Date();
  const taken = new Set<string>();

  const about = workbook.addWorksheet(sheetName(sourceSheet, taken));
  about.columns = [{ width: 28 }, { width: 110 }];
  for (const row of meta) about.addRow(row).getCell(1).font = { bold: true };

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.name, taken));
    for (const [label, value] of meta) sheet.addRow([label, value]).font = { italic: true, color: { argb: 'FF555555' } };
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.label));
    header.font = { bold: true };
    sheet.views = [{ state: 'frozen', ySplit: header.number }];
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((c) => {
          const v = row[c.key] ?? null;
          return c.kind === 'datetime' && typeof v === 'string' ? new Date(v) : v;
        }),
      );
    }
    table.columns.forEach((c, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = c.kind === 'text' ? 36 : c.kind === 'datetime' ? 20 : 14;
      if (c.kind === 'percent') column.numFmt = '0.00';
      if (c.kind === 'datetime') column.numFmt = 'dd/mm/yyyy hh:mm';
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
