/** Worker side of bench/search.ts: generates and tokenises a range of passages. */
import { indexColumns } from '../src/search/match-plan.ts';
import { corpusPassage, mulberry32, readCorpusSource } from './search-corpus.ts';

const source = readCorpusSource(new URL('../data/', import.meta.url).pathname);

export async function makeRowsFor(from: number, to: number) {
  const s = await source;
  const rows = [];
  for (let id = from; id < to; id++) {
    const p = corpusPassage(s, mulberry32(id * 2654435761));
    rows.push({ id, lang: p.lang, heading: p.heading, text: p.text, cols: indexColumns(p.heading, p.text) });
  }
  return rows;
}
