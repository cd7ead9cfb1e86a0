/**
 * A one-page PDF holding one JPEG picture of the screen, written by hand: a
 * PDF with a single DCTDecode image is a few objects, and writing it here needs
 * no library and no network. The document information (title, subject with the
 * source and extraction time) is UTF-16 so Vietnamese survives; the citation is
 * also drawn into the picture itself.
 */
export interface PdfInfo {
  title: string;
  subject: string;
  keywords: string;
  creator: string;
  created: Date;
}

/** The width of A4 landscape, in points; the height follows the picture, so a long page stays one readable page. */
const PAGE_W = 842;
const MARGIN = 18;

/** UTF-16BE with a BOM, as a PDF hex string. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** D:YYYYMMDDHHmmSSZ */
export function pdfDate(at: Date): string {
  return `D:${at.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

export function buildImagePdf(jpeg: Uint8Array, width: number, height: number, info: PdfInfo): Uint8Array<ArrayBuffer> {
  const scale = (PAGE_W - 2 * MARGIN) / width;
  const w = width * scale;
  const h = height * scale;
  const PAGE_H = Math.ceil(h + 2 * MARGIN);
  const x = MARGIN;
  const y = MARGIN;
  const content = `q ${w.toFixed(2)} 0 0 ${h.toFixed(2)} ${x.toFixed(2)} ${y.toFixed(2)} cm /Im0 Do Q`;

  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let length = 0;
  const offsets: number[] = [];
  const push = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? enc.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string | Uint8Array[], dict?: string) => {
    offsets[id] = length;
    if (Array.isArray(body)) {
      push(`${id} 0 obj\n${dict}\nstream\n`);
      for (const b of body) push(b);
      push('\nendstream\nendobj\n');
    } else push(`${id} 0 obj\n${body}\nendobj\n`);
  };

  // The binary comment tells readers the file holds 8-bit data.
  push('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>`);
  object(4, [jpeg], `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>`);
  object(5, [enc.encode(content)], `<< /Length ${enc.encode(content).length} >>`);
  object(
    6,
    `<< /Title ${pdfTextString(info.title)} /Subject ${pdfTextString(info.subject)} /Keywords ${pdfTextString(info.keywords)} /Creator ${pdfTextString(info.creator)} /CreationDate (${pdfDate(info.created)}) >>`,
  );
  const xref = length;
  let table = `xref\n0 7\n0000000000 65535 f \n`;
  for (let id = 1; id <= 6; id++) table += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  push(table);
  push(`trailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`);

  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
