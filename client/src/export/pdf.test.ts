import { describe, expect, it } from 'vitest';
import { buildImagePdf, pdfDate, pdfTextString } from './pdf.js';

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

describe('buildImagePdf', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  const pdf = buildImagePdf(jpeg, 1920, 1080, { title: 'Chiềng Cơi', subject: 'Nguồn: IOC', keywords: 'k', creator: 'IOC Sơn La', created: new Date('2026-11-23T14:05:00Z') });
  const text = latin1(pdf);

  it('is a PDF with the image embedded as is', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(text).toContain('/Width 1920 /Height 1080');
    expect(text).toContain(`/Filter /DCTDecode /Length ${jpeg.length}`);
    expect(text).toContain(latin1(jpeg));
    // A4-landscape wide, as tall as the picture needs.
    expect(text).toContain('/MediaBox [0 0 842 490]');
  });

  it('has an xref whose offsets point at the objects', () => {
    const xrefAt = Number(/startxref\n(\d+)/.exec(text)?.[1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...text.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(6);
    offsets.forEach((offset, i) => expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
  });

  it('keeps Vietnamese in the document information as UTF-16', () => {
    expect(pdfTextString('Cơi')).toBe('<FEFF004301A10069>');
    expect(text).toContain(`/Title ${pdfTextString('Chiềng Cơi')}`);
    expect(pdfDate(new Date('2026-11-23T14:05:09Z'))).toBe('D:20261123140509Z');
  });
});
