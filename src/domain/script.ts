import type { Lang } from './lang.ts';

const KANA = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/u;
const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language a text is written in, judged by its script: kana means Japanese, Han without kana
 * means Chinese, Latin letters alone mean English. Undefined for text with no letters.
 */
export function detectLanguage(text: string): Lang | undefined {
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  if (LATIN.test(text)) return 'en';
  return undefined;
}

/**
 * detectLanguage for the parts of one document: when the document writes kana anywhere, its text in
 * Han alone (a chapter title such as 第一章 総則, a list of kanji terms) is Japanese, not Chinese.
 */
export function documentLanguageDetector(texts: readonly string[]): (text: string) => Lang | undefined {
  const japanese = texts.some((t) => KANA.test(t));
  return (text) => {
    const lang = detectLanguage(text);
    return lang === 'zh' && japanese ? 'ja' : lang;
  };
}
