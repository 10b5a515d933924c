import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Problem } from '../../domain/problem.ts';
import { layoutPages, type PdfRow } from './pdf-layout.ts';

const require = createRequire(import.meta.url);
const PDFJS_DIR = dirname(require.resolve('pdfjs-dist/package.json'));
/** Without cMaps, pdf.js cannot map CID fonts (most Japanese and Chinese PDFs) to text. */
const CMAP_URL = `${join(PDFJS_DIR, 'cmaps')}/`;
const STANDARD_FONTS_URL = `${join(PDFJS_DIR, 'standard_fonts')}/`;

interface TextItem {
  str: string;
  transform: number[];
  height: number;
}

/**
 * Extracts the text layer of a PDF with pdf.js, line by line (items grouped by their baseline),
 * with indentation kept from the x offset so nested bullets stay nested, laid out as text by
 * layoutPages (page numbers, running headers and footers dropped; paragraph ends kept), then NFKC (which folds the
 * CJK radical and compatibility code points PDFs often carry). A PDF without a text layer (a scan)
 * is a problem, not an empty document.
 */
export async function pdfToText(
  bytes: Uint8Array,
  file: string,
): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    return { ok: false, problems: [{ file, message: 'not a PDF file (it does not start with %PDF-)' }] };
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let pdf;
  try {
    pdf = await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      cMapUrl: CMAP_URL,
      cMapPacked: true,
      standardFontDataUrl: STANDARD_FONTS_URL,
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    return { ok: false, problems: [{ file, message: `cannot read the PDF: ${(error as Error).message}` }] };
  }
  const pages: PdfRow[][] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as unknown[]).filter(
        (i): i is TextItem => typeof i === 'object' && i !== null && 'str' in i,
      );
      const rows: { y: number; parts: { x: number; str: string; size: number }[] }[] = [];
      for (const item of items) {
        if (!item.str) continue;
        const [, , , d, x, y] = item.transform as [number, number, number, number, number, number];
        const size = Math.abs(d) || item.height || 10;
        let row = rows.find((r) => Math.abs(r.y - y) < size / 2);
        if (!row) rows.push((row = { y, parts: [] }));
        row.parts.push({ x, str: item.str, size });
      }
      rows.sort((a, b) => b.y - a.y);
      const left = Math.min(...rows.flatMap((r) => r.parts.map((p) => p.x)));
      const pageRows: PdfRow[] = [];
      for (const row of rows) {
        row.parts.sort((a, b) => a.x - b.x);
        const first = row.parts[0]!;
        const indent = Math.max(0, Math.round((first.x - left) / first.size)) * 2;
        let text = '';
        let end = first.x;
        for (const part of row.parts) {
          // A wide gap between items on one line is a table cell boundary.
          if (text && part.x - end > part.size * 2) text += '\t';
          text += part.str;
          end = part.x + part.str.length * part.size;
        }
        pageRows.push({ y: row.y, text, indent, size: first.size });
      }
      pages.push(pageRows);
      page.cleanup();
    }
  } finally {
    await pdf.destroy();
  }
  const text = layoutPages(pages).join('\n').normalize('NFKC').trim();
  if (!/\p{L}/u.test(text)) {
    return {
      ok: false,
      problems: [
        {
          file,
          message: 'the PDF has no text layer (a scanned image?): run OCR first, then import the text',
        },
      ],
    };
  }
  return { ok: true, text };
}
