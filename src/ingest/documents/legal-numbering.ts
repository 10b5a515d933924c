/**
 * The numbering of Japanese and Chinese statutes: divisions (第一編 … 第二章 … 第三節 … 第一款 … 第一目)
 * and articles (第十二条, 第二十三条の二), numbers in kanji or digits.
 *
 * ### Examples
 * `第三章　貯留事業` → division `ch` 3; `第二十三条の二` → article [23, 2]; `第一百零二条` → article [102].
 */

const DIGIT: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const NUMERAL = '[0-9０-９〇零一二两三四五六七八九十百千]+';

/** A number written in digits (half or full width) or kanji (`二十三`, `一百零二`, `三〇`); undefined when it is neither. */
export function legalNumber(written: string): number | undefined {
  const text = written.normalize('NFKC');
  if (/^[0-9]+$/.test(text)) return Number(text);
  let total = 0;
  let digit: number | undefined;
  let positional = '';
  for (const ch of text) {
    if (ch in DIGIT) {
      digit = DIGIT[ch]!;
      positional += String(digit);
    } else if (ch in UNIT) {
      total += (digit ?? 1) * UNIT[ch]!;
      digit = undefined;
      positional = '';
    } else return undefined;
  }
  // 三〇 (positional kanji digits, no 十) reads as 30.
  if (total === 0 && positional.length > 1) return Number(positional);
  return total + (digit ?? 0);
}

/** Divisions from the largest: 編 (part), 章 (chapter), 節 (section), 款 (subsection), 目 (division). */
export const DIVISION_UNITS = { 編: 'pt', 编: 'pt', 章: 'ch', 節: 'sec', 节: 'sec', 款: 'sub', 目: 'div' } as const;
export type DivisionCode = (typeof DIVISION_UNITS)[keyof typeof DIVISION_UNITS];
export const DIVISION_RANK: Record<DivisionCode, number> = { pt: 1, ch: 2, sec: 3, sub: 4, div: 5 };

// The title may follow without a space (第一章总则), unless it reads as a sentence (第一章总结了…。).
const DIVISION = new RegExp(`^第(${NUMERAL})([編编章節节款目])(?:\\s+(.*)|([^\\s。，、.,]*))$`, 'u');
const ARTICLE = new RegExp(`^第(${NUMERAL})条((?:の${NUMERAL})*)(?=\\s|$)\\s*(.*)$`, 'u');

export interface Division {
  code: DivisionCode;
  n: number;
  number: string;
  title: string;
}

/** `第三章 貯留事業` → { code: 'ch', n: 3, number: '第三章', title: '貯留事業' }. */
export function divisionOf(text: string): Division | undefined {
  const m = DIVISION.exec(text);
  if (!m) return undefined;
  const n = legalNumber(m[1]!);
  if (n === undefined) return undefined;
  return {
    code: DIVISION_UNITS[m[2] as keyof typeof DIVISION_UNITS],
    n,
    number: `第${m[1]}${m[2]}`,
    title: (m[3] ?? m[4] ?? '').trim(),
  };
}

export interface Article {
  path: number[];
  number: string;
  /** What follows the number on its line: the article's first paragraph, or its caption. */
  rest: string;
}

/**
 * `第二十三条の二　前条の…` → { path: [23, 2], number: '第二十三条の二', rest: '前条の…' }. Takes the line
 * as written (full-width digits and spaces included), so `number` and `rest` keep its characters.
 */
export function articleOf(text: string): Article | undefined {
  const m = ARTICLE.exec(text);
  if (!m) return undefined;
  const main = legalNumber(m[1]!);
  const subs = m[2] ? m[2].split('の').filter(Boolean).map(legalNumber) : [];
  if (main === undefined || subs.some((s) => s === undefined)) return undefined;
  return { path: [main, ...(subs as number[])], number: `第${m[1]}条${m[2] ?? ''}`, rest: m[3]!.trim() };
}
