/** The data behind a screen as plain tables, for CSV and XLSX. */
export type CellValue = string | number | boolean | null;

export interface ExportColumn {
  key: string;
  label: string;
  /** 'percent' values are numbers 0–100. */
  kind: 'text' | 'number' | 'percent' | 'datetime';
}

export interface ExportTable {
  /** Sheet name / section title. */
  name: string;
  columns: ExportColumn[];
  rows: Record<string, CellValue>[];
}
