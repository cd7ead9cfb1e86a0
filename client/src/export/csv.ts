/**
 * CSV (RFC 4180, CRLF, UTF-8 with a BOM so spreadsheet programs read the
 * diacritics): first the metadata as label,value lines, then each table under
 * its name. Numbers are written plainly (68.07), as machines read them.
 */
import type { CellValue, ExportTable } from './export-table.js';

function cell(value: CellValue): string {
  if (value === null) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: CellValue[]) => cells.map(cell).join(',');

export function toCsv(meta: [string, string][], tables: readonly ExportTable[]): string {
  const lines: string[] = meta.map(([k, v]) => line([k, v]));
  for (const table of tables) {
    lines.push('', line([table.name]), line(table.columns.map((c) => c.label)));
    for (const row of table.rows) lines.push(line(table.columns.map((c) => row[c.key] ?? null)));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
