import { articleOf, type DivisionCode, divisionOf } from './legal-numbering.ts';

/**
 * Recognises the numbering a heading is written with. Works on the heading's text alone, so the
 * Markdown, plain-text, HTML and PDF readers share it.
 *
 * ### Examples
 * `4-4. 輸送貯留料金のオークション` → outline [4, 4]; `（２）．支援期間` and `(3) . 参照価格` → part 2, 3;
 * `3－2. 排出事業者` (full-width dash) → outline [3, 2]; `(参考) 審議会の開催状況` → appendix.
 */
export type HeadingShape =
  | { kind: 'outline'; path: number[]; number: string; title: string }
  | { kind: 'division'; code: DivisionCode; n: number; number: string; title: string }
  | { kind: 'article'; path: number[]; number: string; title: string }
  | { kind: 'supplementary'; number: string; title: string }
  | { kind: 'part'; part: number; number: string; title: string }
  | { kind: 'toc'; title: string }
  | { kind: 'appendix'; title: string }
  | { kind: 'plain'; title: string };

/** NFKC, dashes unified, spaces folded: the form numbering is matched in. */
export function foldHeading(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, (c) => (c === '\u30fc' || c === '\uff70' ? c : '-'))
    .replace(/\s+/g, ' ')
    .trim();
}

const OUTLINE = /^(\d{1,2}(?:\s*-\s*\d{1,2}){0,3})\s*(?:\.(?!\d)\s*|\s+|(?=[^\d\s.-]))(.*)$/u;
const DOTTED = /^(\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(.*)$/u;
const PART = /^\((\d{1,2})\)\s*(?:\.\s*)?(.*)$/u;
const TOC = /^(目\s*次|目\s*录|contents|table of contents)$/iu;
const APPENDIX = /^(\(参考\)|参考|附录|付録|appendix|annex)(?:\s|$|[:：])/iu;

const RAW_NUMBER =
  /^\s*(?:[（(]\s*[\d０-９]+\s*[)）]|[\d０-９]+(?:\s*[-.．－‐―−]\s*[\d０-９]+)*)\s*[.．]?\s*/u;

/** The heading's own title text as written (numbering removed, original characters kept). */
export function rawTitle(raw: string, shape: HeadingShape): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (shape.kind === 'division') return text.replace(/^第\S+?[編编章節节款目]\s*/u, '') || shape.title;
  if (shape.kind === 'supplementary') return text.replace(/^附\s*則\s*/u, '');
  if (shape.kind === 'article') return shape.title;
  return shape.kind === 'outline' || shape.kind === 'part'
    ? text.replace(RAW_NUMBER, '').trim() || shape.title
    : text;
}

/** A Japanese statute's supplementary provisions (附則), with the amendment they came with, if printed. */
const SUPPLEMENTARY = /^附\s*則(?:\s*([(（][^()（）]*[)）]))?$/u;

/** A line that opens a part of a statute whatever the format: 第二章 総則, 第一節 許可, 附則. */
export const isStatuteDivision = (folded: string) =>
  folded.length <= 40 && (divisionOf(folded) !== undefined || SUPPLEMENTARY.test(folded));

/** An article's caption as statutes print it on the line above: `（目的）`. */
export const CAPTION_LINE = /^[(（]([^()（）]{1,30})[)）]$/u;
const stripCaption = (text: string) => CAPTION_LINE.exec(text.trim())?.[1]!.trim() ?? text.trim();

export function headingShape(raw: string): HeadingShape {
  const text = foldHeading(raw);
  if (TOC.test(text)) return { kind: 'toc', title: text };
  if (APPENDIX.test(text)) return { kind: 'appendix', title: text };
  const supplementary = SUPPLEMENTARY.exec(text);
  if (supplementary) return { kind: 'supplementary', number: '附則', title: supplementary[1]?.trim() ?? '' };
  const division = divisionOf(text);
  if (division) return { kind: 'division', ...division };
  const article = articleOf(text);
  if (article) return { kind: 'article', path: article.path, number: article.number, title: stripCaption(article.rest) };
  const part = PART.exec(text);
  if (part) return { kind: 'part', part: Number(part[1]), number: `(${part[1]})`, title: part[2]!.trim() };
  const dotted = DOTTED.exec(text);
  if (dotted) {
    const path = dotted[1]!.split('.').map(Number);
    return { kind: 'outline', path, number: dotted[1]!, title: dotted[2]!.trim() };
  }
  const outline = OUTLINE.exec(text);
  // A bare number with no dot and no title is a page number or a value, not a heading.
  if (outline && outline[2]!.trim() && (outline[1]!.includes('-') || /^\d+\s*\./.test(text))) {
    const path = outline[1]!.split('-').map((s) => Number(s.trim()));
    return { kind: 'outline', path, number: path.join('-'), title: outline[2]!.trim() };
  }
  return { kind: 'plain', title: text };
}

/** Bullet markers that documents use as headings when the line is short and not a sentence. */
export const LABEL_MARKERS = /^[○◯➤■□◆◇●]\s*/u;

/** A table-of-contents entry's end: dot leaders (`.....`, `. . . .`, `…`) and a page number. */
export const TOC_LEADER = /(?:(?:\.\s?){3,}|…+|‥+)\s*\d*\s*$/;

/** A line that is a heading in a plain-text document (no Markdown `#` to say so). */
export function isPlainTextHeading(line: string): boolean {
  const text = foldHeading(line);
  if (text.length === 0 || text.length > 90 || /[。．]$/.test(text) || TOC_LEADER.test(text))
    return false;
  const shape = headingShape(text);
  if (shape.kind === 'plain') return false;
  if (shape.kind === 'outline' || shape.kind === 'part')
    return shape.title.length > 0 && !/^[\d\s,.%]+$/.test(shape.title);
  // An article line carries its first paragraph; the block splitter cuts the two apart.
  return shape.kind !== 'article';
}
