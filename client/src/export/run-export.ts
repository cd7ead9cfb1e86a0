/** One export, from the click to the saved file. Every format carries the source and the extraction time. */
import { fmt, t } from '../i18n/index.js';
import { saveBlob } from './download.js';
import { exportFilename, metaRows, type ExportLabels, type ExportMeta } from './export-meta.js';
import type { ExportSource } from './export-context.js';
import { toCsv } from './csv.js';
import { prepareCapture } from './capture-hooks.js';
import { sendJson } from '../lib/http.js';

export const EXPORT_KINDS = ['png', 'pdf', 'csv', 'xlsx'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

function labels(): ExportLabels {
  const e = t.exports;
  return { ...e, formatDateTime: (at) => fmt.dateTime(at) };
}

export async function runExport(kind: ExportKind, source: ExportSource, target: HTMLElement): Promise<string> {
  const filename = await produceExport(kind, source, target);
  recordExport(kind, filename);
  return filename;
}

/**
 * Tells the server's audit log that this screen exported a file (Quy định
 * 228/QĐ-UBND: exports are recorded). Fire and forget: the file is already
 * saved, and a failure here never shows as a failed export.
 */
export function recordExport(kind: ExportKind, filename: string): void {
  try {
    sendJson<void>('POST', '/api/audit/export', { screen: window.location.pathname.slice(0, 200), format: kind, file: filename.slice(0, 200) }).catch(() => {
      // not recorded; the export itself succeeded
    });
  } catch {
    // never break the export
  }
}

async function produceExport(kind: ExportKind, source: ExportSource, target: HTMLElement): Promise<string> {
  const meta: ExportMeta = {
    title: source.title,
    url: window.location.href,
    extractedAt: new Date(),
    dataAsOf: source.dataAsOf(),
    simulated: source.simulated(),
  };
  const rows = metaRows(meta, labels());
  const filename = exportFilename(meta, kind);

  if (kind === 'csv') {
    saveBlob(new Blob([toCsv(rows, source.tables())], { type: 'text/csv;charset=utf-8' }), filename);
    return filename;
  }
  if (kind === 'xlsx') {
    const { buildXlsx } = await import('./xlsx.js');
    saveBlob(await buildXlsx(rows, source.tables(), t.exports.sourceSheet, t.appTitle), filename);
    return filename;
  }

  const { captureScreen, canvasBlob } = await import('./capture.js');
  const band = {
    warning: meta.simulated ? t.exports.simulatedWarning : null,
    lines: rows.filter(([label]) => label !== t.exports.simulated).map(([label, value]) => `${label}: ${value}`),
  };
  const restore = prepareCapture();
  let canvas: HTMLCanvasElement;
  try {
    canvas = await captureScreen(target, band, kind === 'pdf' ? 1.5 : 1);
  } finally {
    restore();
  }
  if (kind === 'png') {
    saveBlob(await canvasBlob(canvas, 'image/png'), filename);
    return filename;
  }
  const { buildImagePdf } = await import('./pdf.js');
  const jpeg = new Uint8Array(await (await canvasBlob(canvas, 'image/jpeg', 0.9)).arrayBuffer());
  const pdf = buildImagePdf(jpeg, canvas.width, canvas.height, {
    title: `${t.appTitle} — ${meta.title}`,
    subject: rows.map(([label, value]) => `${label}: ${value}`).join(' | '),
    keywords: meta.simulated ? t.exports.simulatedWarning : t.exports.sourceValue,
    creator: t.appTitle,
    created: meta.extractedAt,
  });
  saveBlob(new Blob([pdf], { type: 'application/pdf' }), filename);
  return filename;
}
