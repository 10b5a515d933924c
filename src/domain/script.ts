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
