/**
 * What every export carries (Quy định 228/QĐ-UBND, seed 002, Điều 9.2: whoever
 * uses IOC data cites it with the time it was extracted): the source, the time
 * of extraction, the newest data behind it, and whether any of it is simulated.
 * The same facts go into the file name, so a file on a desktop still says them.
 */
import { foldVietnamese, localParts } from '@ioc/shared';

export interface ExportMeta {
  /** Short name of what is exported, e.g. "Chiềng Cơi" or "Họp Ban Chỉ đạo". */
  title: string;
  /** The screen's address, so the figures can be found again. */
  url: string;
  extractedAt: Date;
  /** Newest data behind the export (ISO instant), when known. */
  dataAsOf: string | null;
  simulated: boolean;
}

/** The labels of the metadata, in the interface language (from i18n). */
export interface ExportLabels {
  source: string;
  sourceValue: string;
  extractedAt: string;
  dataAsOf: string;
  citation: string;
  citationValue: string;
  simulated: string;
  simulatedYes: string;
  simulatedNo: string;
  screen: string;
  formatDateTime: (at: Date | string) => string;
}

/** "Chiềng Cơi – so sánh" → "chieng-coi-so-sanh". */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** Local (Asia/Ho_Chi_Minh) time for file names: 2026-11-23_2105. */
export function fileStamp(at: Date): string {
  const p = localParts(at);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}_${two(p.hour)}${two(p.minute)}`;
}

/** e.g. "ioc-sonla_chieng-coi_mo-phong_trich-xuat-2026-11-23_2105.xlsx". */
export function exportFilename(meta: Pick<ExportMeta, 'title' | 'extractedAt' | 'simulated'>, ext: 'csv' | 'xlsx' | 'png' | 'pdf'): string {
  const parts = ['ioc-sonla', slugify(meta.title) || 'export'];
  if (meta.simulated) parts.push('mo-phong');
  parts.push(`trich-xuat-${fileStamp(meta.extractedAt)}`);
  return `${parts.join('_')}.${ext}`;
}

/** The metadata as label/value pairs: the header of a CSV, the "source" sheet of an XLSX, the band under a picture. */
export function metaRows(meta: ExportMeta, labels: ExportLabels): [string, string][] {
  const rows: [string, string][] = [
    [labels.source, labels.sourceValue],
    [labels.screen, `${meta.title} — ${meta.url}`],
    [labels.extractedAt, `${labels.formatDateTime(meta.extractedAt)} (${meta.extractedAt.toISOString()})`],
  ];
  if (meta.dataAsOf) rows.push([labels.dataAsOf, `${labels.formatDateTime(meta.dataAsOf)} (${meta.dataAsOf})`]);
  rows.push([labels.simulated, meta.simulated ? labels.simulatedYes : labels.simulatedNo]);
  rows.push([labels.citation, labels.citationValue]);
  return rows;
}
