/**
 * The synthetic corpus of bench/search.ts: passages in Japanese, Chinese and English made from the
 * sentences of seed 001 (data/documents) and the bundled policy records (data/policies), shuffled
 * and mutated (glossary terms swapped for others of the same language, numbers changed), with a
 * fixed seed so every run indexes the same text.
 */
import { join } from 'node:path';
import { readDocumentFiles, listInputFiles } from '../src/ingest/document-files.ts';
import { readRecordFiles } from '../src/ingest/record-files.ts';
import { LANGS, type Lang } from '../src/domain/lang.ts';
import { GLOSSARY } from '../src/search/glossary/index.ts';

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CorpusSource {
  sentences: Record<Lang, string[]>;
  headings: Record<Lang, string[]>;
}

const splitSentences = (text: string, lang: Lang) =>
  (lang === 'en' ? text.split(/(?<=[.!?;])\s+/) : text.split(/(?<=[。！？；])/))
    .map((s) => s.replace(/^[-\s○➤✓]+/, '').trim())
    .filter((s) => s.length >= 8);

/** Sentences and headings per language from the bundled dataset. */
export async function readCorpusSource(dataDir: string): Promise<CorpusSource> {
  const sentences: Record<Lang, string[]> = { ja: [], zh: [], en: [] };
  const headings: Record<Lang, string[]> = { ja: [], zh: [], en: [] };
  const { files } = await listInputFiles([join(dataDir, 'documents')]);
  for (const { document } of (await readDocumentFiles(files)).documents) {
    for (const p of document.passages)
      sentences[p.lang].push(...splitSentences(p.text.replace(/<\/?su[bp]>/g, ''), p.lang));
    for (const s of document.sections) if (s.title) headings.ja.push(`${s.number} ${s.title}`);
  }
  const { records } = await readRecordFiles([join(dataDir, 'policies')]);
  for (const { policy } of records) {
    for (const lang of LANGS) {
      if (policy.title[lang]) headings[lang].push(policy.title[lang]!);
      const texts = [
        policy.description?.[lang],
        ...Object.values(policy.analysis).map((d) => d?.evidence?.[lang]),
      ];
      for (const t of texts) if (t) sentences[lang].push(...splitSentences(t, lang));
    }
  }
  return { sentences, headings };
}

/** Makes passage number `i`: 2–4 sentences of one language, mutated. */
export function corpusPassage(
  source: CorpusSource,
  rand: () => number,
): { lang: Lang; heading: string; text: string } {
  const r = rand();
  const lang: Lang = r < 0.5 ? 'ja' : r < 0.75 ? 'zh' : 'en';
  const pool = source.sentences[lang];
  const count = 2 + Math.floor(rand() * 3);
  const parts: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = pool[Math.floor(rand() * pool.length)]!;
    if (rand() < 0.5) {
      // Swap one glossary term for another concept's term in the same language.
      const from = GLOSSARY[Math.floor(rand() * GLOSSARY.length)]!.terms[lang][0]!;
      const to = GLOSSARY[Math.floor(rand() * GLOSSARY.length)]!.terms[lang][0]!;
      if (s.includes(from)) s = s.replace(from, to);
      else s = lang === 'en' ? `${to} ${s}` : `${to}、${s}`;
    }
    if (rand() < 0.3) s = s.replace(/\d+/, () => String(Math.floor(rand() * 3000)));
    parts.push(s);
  }
  const headings = source.headings[lang].length > 0 ? source.headings[lang] : source.headings.ja;
  return {
    lang,
    heading: headings[Math.floor(rand() * headings.length)]!,
    text: parts.join(lang === 'en' ? ' ' : ''),
  };
}

/** The fixed query mix: glossary terms in each language, pairs, phrases, exclusions and filters. */
export function queryMix(n: number, seed = 7): string[] {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const term = (lang: Lang) => pick(GLOSSARY).terms[lang][0]!;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const lang = pick(LANGS);
    const kind = i % 10;
    if (kind < 4) out.push(term(lang));
    else if (kind < 7) out.push(`${term(lang)} ${term(pick(LANGS))}`);
    else if (kind === 7) out.push(`"${term(lang)}"`);
    else if (kind === 8) out.push(`${term(lang)} -${term(lang)}`);
    else out.push(`${term(lang)} lang:${lang} level:2`);
  }
  return out;
}
