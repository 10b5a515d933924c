/**
 * Writes a small text-based PDF with Japanese text, deterministically, with no dependency: one
 * Type0 font (HeiseiKakuGo-W5, not embedded) with the predefined UniJIS-UCS2-H CMap, so the text
 * layer is UTF-16 code units that pdf.js maps back through its cMaps (the same path real Japanese
 * PDFs take). Each line is placed at its own baseline; `indent` shifts it right; table cells are
 * placed in columns far apart, as PDF tables are; `gap` leaves space above a line.
 */
export interface PdfLine {
  text: string | string[];
  indent?: number;
  /** Extra space above the line, in lines (a paragraph break is about one). */
  gap?: number;
}

const hex = (s: string) =>
  [...s]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code > 0xffff) throw new Error('UCS-2 only');
      return code.toString(16).padStart(4, '0');
    })
    .join('');

export function makeJapanesePdf(pages: PdfLine[][]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /HeiseiKakuGo-W5 /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /HeiseiKakuGo-W5 /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 5 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /HeiseiKakuGo-W5 /Encoding /UniJIS-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
  const kids: number[] = [];
  for (const lines of pages) {
    let y = 800;
    const ops: string[] = [];
    for (const line of lines) {
      y -= (line.gap ?? 0) * 16;
      const cells = Array.isArray(line.text) ? line.text : [line.text];
      cells.forEach((cell, i) => {
        if (!cell) return;
        const x = 50 + (line.indent ?? 0) * 10 + i * 200;
        ops.push(`BT /F1 10 Tf 1 0 0 1 ${x} ${y} Tm <${hex(cell)}> Tj ET`);
      });
      y -= 16;
    }
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The PDF twin of a Markdown body: `#` marks dropped, bullets and indentation kept, tab rows as columns. */
export function pdfLinesFromMarkdown(body: string): PdfLine[] {
  return body
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const indent = /^\s*/.exec(l)![0].length;
      const text = l.trim().replace(/^#+\s*/, '');
      return { text: text.includes('\t') ? text.split('\t') : text, indent: Math.floor(indent / 2) * 2 };
    });
}
