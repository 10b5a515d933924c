/** One line of a PDF page as pdf.js places it: baseline, text, indentation (in spaces), font size. */
export interface PdfRow {
  y: number;
  text: string;
  indent: number;
  size: number;
}

/** A page number alone on a line: `12`, `- 12 -`, `3/20`, `Page 3 of 20`, `第3頁`. */
const PAGE_NUMBER =
  /^(?:[-–—‐―]\s*)?\d{1,4}(?:\s*[-–—‐―])?$|^\d{1,4}\s*\/\s*\d{1,4}$|^(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$|^第?\s*\d{1,4}\s*[頁页]$/iu;
/** Lines at the top or bottom of a page that are checked for running headers and footers. */
const EDGE_ROWS = 2;

/** A line as compared across pages: a page number at its start or end set aside (`中間整理 - 3 -`). */
const furnitureKey = (text: string) =>
  text
    .trim()
    .replace(/^[\d\s\-–—/|]+|[\d\s\-–—/|]+$/g, '#')
    .replace(/\s+/g, ' ');
const isTableRow = (row: PdfRow) => row.text.includes('\t');

/**
 * The keys of lines repeated at the edges of most pages (a running header or footer: the report's
 * title, "CONFIDENTIAL", a title with the page number). Needs three pages at least.
 */
function runningKeys(pages: readonly PdfRow[][]): Set<string> {
  const keys = new Set<string>();
  if (pages.length < 3) return keys;
  const counts = new Map<string, number>();
  for (const rows of pages) {
    const edges = new Set([...rows.slice(0, EDGE_ROWS), ...rows.slice(-EDGE_ROWS)].map((r) => furnitureKey(r.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const [key, n] of counts) if (key && n >= 3 && n >= pages.length / 2) keys.add(key);
  return keys;
}

/** A number opening or closing a line: `25` in `Appendix A: Copying Information 25`. */
const EDGE_NUMBER = /^(\d{1,4})(?!\d)|(?<!\d)(\d{1,4})$/;

/**
 * Edge lines that carry the page number beside changing text (a running header that names the
 * chapter: `Chapter 2: Syntax 7` on page 9, `Chapter 3: Tools 12` on page 14): their number is the
 * page's index plus the same offset on at least three pages and a third of them. Returns
 * `page:row` keys.
 */
function pageNumberedEdges(pages: readonly PdfRow[][]): Set<string> {
  const byOffset = new Map<string, string[]>();
  pages.forEach((rows, p) => {
    rows.forEach((row, r) => {
      if (r >= EDGE_ROWS && r < rows.length - EDGE_ROWS) return;
      const m = EDGE_NUMBER.exec(row.text.trim());
      if (!m) return;
      const side = r < EDGE_ROWS ? 'top' : 'bottom';
      const key = `${side}:${Number(m[1] ?? m[2]) - p}`;
      const found = byOffset.get(key);
      if (found) found.push(`${p}:${r}`);
      else byOffset.set(key, [`${p}:${r}`]);
    });
  });
  const found = new Set<string>();
  for (const rows of byOffset.values())
    if (rows.length >= 3 && rows.length >= pages.length / 3) for (const r of rows) found.add(r);
  return found;
}

/**
 * The document's line spacing: the lower quartile of the gaps between consecutive lines (most gaps
 * are line spacing, the wider ones paragraph ends, so even a page of one-line paragraphs keeps it).
 */
function lineSpacing(pages: readonly PdfRow[][]): number {
  const gaps: number[] = [];
  for (const rows of pages) for (let i = 1; i < rows.length; i++) gaps.push(rows[i - 1]!.y - rows[i]!.y);
  gaps.sort((a, b) => a - b);
  return gaps.length > 0 ? gaps[Math.floor(gaps.length / 4)]! : 0;
}

/**
 * The text lines of a PDF's pages (rows top to bottom): page numbers and running headers and footers
 * (repeated, or numbered with the page) dropped from the page edges, a blank line where a paragraph ends (a gap wider than the document's
 * line spacing, except between table rows) and after every page. The result reads like a text file,
 * which the block splitter then structures (and rejoins a sentence broken at a page end).
 */
export function layoutPages(pages: readonly PdfRow[][]): string[] {
  const running = runningKeys(pages);
  const numbered = pageNumberedEdges(pages);
  const kept = pages.map((rows, p) => {
    const isFurniture = (r: number) =>
      PAGE_NUMBER.test(rows[r]!.text.trim()) || running.has(furnitureKey(rows[r]!.text)) || numbered.has(`${p}:${r}`);
    let from = 0;
    let to = rows.length;
    while (from < Math.min(EDGE_ROWS, to) && isFurniture(from)) from++;
    while (to > from && rows.length - to < EDGE_ROWS && isFurniture(to - 1)) to--;
    return rows.slice(from, to);
  });
  const spacing = lineSpacing(kept);
  const lines: string[] = [];
  for (const rows of kept) {
    rows.forEach((row, i) => {
      const previous = rows[i - 1];
      if (previous && spacing > 0 && previous.y - row.y > spacing * 1.4 && !(isTableRow(previous) && isTableRow(row)))
        lines.push('');
      lines.push(' '.repeat(row.indent) + row.text);
    });
    lines.push('');
  }
  return lines;
}
