import {
  CAPTION_LINE,
  foldHeading,
  isPlainTextHeading,
  isStatuteDivision,
  LABEL_MARKERS,
  TOC_LEADER,
} from './headings.ts';
import { articleOf } from './legal-numbering.ts';

/** A piece of a document's body before sections are assigned. */
export type Block =
  | { kind: 'heading'; text: string; line: number; mdLevel: number }
  | { kind: 'label'; text: string; line: number }
  | { kind: 'paragraph' | 'list'; text: string; line: number }
  | { kind: 'table'; text: string; line: number; rows: string[][] };

const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^(\s*)(?:[-*+・•◦▪✓✔]|\d{1,2}[.)]|[①-⑳])\s+/u;
const SYMBOL_BULLET = /^\s*[-*+・•◦▪✓✔]\s+/u;
const PIPE_ROW = /^\s*\|.*\|\s*$/;
const PIPE_RULE = /^\s*\|?\s*:?-{3,}/;

/** A numbered paragraph of an article (`２　前項の…`). */
const ARTICLE_PARAGRAPH = /^[0-9０-９]{1,2}[\s　]/u;

const indentOf = (line: string) => /^\s*/.exec(line)![0].replace(/\t/g, '  ').length;

/** True for a short line opened by ○ ➤ ■ …: a heading written with a bullet marker. */
function isLabel(text: string): boolean {
  const t = foldHeading(text);
  return LABEL_MARKERS.test(t) && t.length <= 60 && !/[。]$/.test(t);
}

const isTableLine = (line: string) =>
  (line.includes('\t') && !TOC_LEADER.test(line.split('\t')[0]!)) || PIPE_ROW.test(line);

function tableRows(lines: string[]): string[][] {
  return lines
    .filter((l) => !(PIPE_ROW.test(l) && PIPE_RULE.test(l) && /^[\s|:-]+$/.test(l)))
    .map((l) =>
      PIPE_ROW.test(l)
        ? l
            .trim()
            .replace(/^\||\|$/g, '')
            .split('|')
            .map((c) => c.trim())
        : l.split('\t').map((c) => c.trim()),
    );
}

/**
 * Splits text into blocks: headings (Markdown `#`, or numbered lines in plain text), bullet-marked
 * labels, tables (tab-separated or pipe rows, kept whole), list items with their sub-items and
 * continuation lines, and paragraphs. `markdown` says whether `#` marks headings.
 */
export function splitBlocks(text: string, markdown: boolean): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let open: { kind: 'paragraph' | 'list'; lines: string[]; line: number; indent: number } | undefined;
  let inArticle = false;
  const flush = () => {
    if (open) blocks.push({ kind: open.kind, text: joinLines(open.lines).trim(), line: open.line });
    open = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+$/, '');
    const lineNo = i + 1;
    if (line.trim() === '' || /^\s*(<!--.*-->|---+|\*\*\*+)\s*$/.test(line)) {
      flush();
      continue;
    }
    const md = markdown ? MD_HEADING.exec(line) : null;
    if (md) {
      flush();
      const body = md[2]!;
      if (isLabel(body)) blocks.push({ kind: 'label', text: body.trim(), line: lineNo });
      else if (body.trim()) {
        blocks.push({ kind: 'heading', text: body.trim(), line: lineNo, mdLevel: md[1]!.length });
        // A Markdown heading that numbers an article opens it, like an article line does.
        inArticle = articleOf(foldHeading(body)) !== undefined;
      }
      continue;
    }
    // Statutes: 第一章 … divisions and 附則 are headings in any format; an article line is a heading (its
    // number, and the caption printed above it) followed by its first paragraph.
    // Every statute heading opens with 第 or 附, which folding leaves as they are: other lines skip it.
    const statute = indentOf(line) < 4 && /^\s*[第附]/u.test(line);
    if (statute && isStatuteDivision(foldHeading(line))) {
      flush();
      blocks.push({ kind: 'heading', text: line.trim(), line: lineNo, mdLevel: 0 });
      inArticle = false;
      continue;
    }
    const article = statute ? articleOf(line.trim()) : undefined;
    if (article) {
      let caption = '';
      if (open?.kind === 'paragraph' && open.lines.length === 1 && CAPTION_LINE.test(open.lines[0]!)) {
        caption = open.lines[0]!;
        open = undefined;
      }
      flush();
      const before = blocks.at(-1);
      if (!caption && before?.kind === 'paragraph' && CAPTION_LINE.test(before.text)) caption = blocks.pop()!.text;
      blocks.push({ kind: 'heading', text: `${article.number} ${caption}`.trim(), line: lineNo, mdLevel: 0 });
      if (article.rest) open = { kind: 'paragraph', lines: [article.rest], line: lineNo, indent: 0 };
      inArticle = true;
      continue;
    }
    if (inArticle && open?.kind === 'paragraph' && ARTICLE_PARAGRAPH.test(line.trim())) {
      flush();
      open = { kind: 'paragraph', lines: [line.trim()], line: lineNo, indent: 0 };
      continue;
    }
    // An indented numbered line is a list item, unless it stands alone between blank lines (a
    // heading of a PDF whose layout indents its sub-sections).
    const alone = (lines[i - 1] ?? '').trim() === '' && (lines[i + 1] ?? '').trim() === '';
    if (!markdown && (indentOf(line) < 4 || alone) && !SYMBOL_BULLET.test(line) && isPlainTextHeading(line)) {
      flush();
      blocks.push({ kind: 'heading', text: line.trim(), line: lineNo, mdLevel: 0 });
      inArticle = false;
      continue;
    }
    if (isTableLine(line)) {
      flush();
      const start = i;
      while (i + 1 < lines.length && isTableLine(lines[i + 1]!)) i++;
      const rows = tableRows(lines.slice(start, i + 1));
      blocks.push({ kind: 'table', text: rows.map((r) => r.join('\t')).join('\n'), line: start + 1, rows });
      continue;
    }
    if (indentOf(line) === 0 && isLabel(line)) {
      flush();
      blocks.push({ kind: 'label', text: line.trim(), line: lineNo });
      continue;
    }
    const bullet = BULLET.exec(line);
    const indent = indentOf(line);
    if (bullet && (!open || open.kind !== 'list' || indent <= open.indent)) {
      flush();
      open = { kind: 'list', lines: [line.trim()], line: lineNo, indent };
      continue;
    }
    if (open) {
      open.lines.push(open.kind === 'list' && indent > open.indent ? line.slice(open.indent) : line.trim());
      continue;
    }
    open = {
      kind: LABEL_MARKERS.test(line.trim()) ? 'list' : 'paragraph',
      lines: [line.trim()],
      line: lineNo,
      indent,
    };
  }
  flush();
  return joinBrokenSentences(blocks.filter((b) => b.text.length > 0));
}

/** Han, kana and the CJK punctuation that may end or open a wrapped line. */
const CJK_LINE_END = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005、，（「『【]$/u;
const CJK_LINE_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc\u3005、。，．）」』】]/u;

/**
 * The lines of a paragraph or list item as one text. Chinese and Japanese are written without
 * spaces, so a line wrapped between two CJK characters (hard-wrapped text, every line of a PDF)
 * continues without a break: a word split at the line end is one word again. Other lines keep their
 * line break, and sub-items their bullet and indentation.
 */
function joinLines(lines: readonly string[]): string {
  let text = lines[0] ?? '';
  for (const line of lines.slice(1)) {
    const next = line.trimStart();
    text += !BULLET.test(line) && CJK_LINE_END.test(text) && CJK_LINE_START.test(next) ? next : `\n${line}`;
  }
  return text;
}

/** Text that stops mid-sentence: on a letter, a digit or a comma. */
const ENDS_MID_SENTENCE = /[\p{L}\p{N}、，,]$/u;
/** A paragraph that stands apart: a source line, note, figure or table caption. */
const CAPTION = /^(出典|出所|※|注|図|表|資料|参考|来源|注释|source|note|figure|fig\.|table)/iu;
const SENTENCE_END = /[。．！？]|[.!?](\s|$)/u;
const ALNUM_EDGE = /[A-Za-z0-9]/;
/**
 * The last line of text that ran to the end of a page is at least this long: a list item's (in
 * characters), a paragraph's (longer, since a title is a one-line paragraph too).
 */
const FULL_LINE = { list: 30, paragraph: 60 } as const;
const lastLineLength = (text: string) => [...text.slice(text.lastIndexOf('\n') + 1).trim()].length;

/**
 * Joins a list item or paragraph that stops mid-sentence with the paragraph after it when that
 * paragraph finishes the sentence: text extracted from a PDF breaks a paragraph at a page end
 * (`…同年中に探査や試` / `掘に関連する部分を施行した。`), and a word split across the break would
 * otherwise be found in neither half. Only text that ran to the end of a line joins (a short line is a
 * title or an agenda item), and a continuation that is a caption (出典, ※, 図, Table …) or that ends
 * no sentence stays a paragraph of its own.
 */
function joinBrokenSentences(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (
      previous &&
      (previous.kind === 'list' || previous.kind === 'paragraph') &&
      block.kind === 'paragraph' &&
      ENDS_MID_SENTENCE.test(previous.text) &&
      lastLineLength(previous.text) >= FULL_LINE[previous.kind] &&
      !CAPTION.test(block.text) &&
      SENTENCE_END.test(block.text)
    ) {
      const space = ALNUM_EDGE.test(previous.text.at(-1)!) || ALNUM_EDGE.test(block.text[0]!) ? ' ' : '';
      out[out.length - 1] = { ...previous, text: previous.text + space + block.text };
      continue;
    }
    out.push(block);
  }
  return out;
}
