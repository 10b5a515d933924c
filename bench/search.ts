/**
 * Measures passage search at scale: builds a synthetic corpus of ≥ 1,000,000 passages (bench/
 * search-corpus.ts: seed 001 and the bundled records, shuffled and mutated, in ja/zh/en) into an
 * SQLite file through the same migrations and tokenizer as the product, then runs a fixed mix of
 * 1,000 queries through loadSearch (what /search does, without HTML). Prints index build rate,
 * index size, query latency p50/p95/p99 and memory.
 * Usage: node --import tsx bench/search.ts [--passages N] [--queries N] [--db FILE] [--workers N] [--reuse]
 * (`--reuse` skips the build and queries the index a previous run left in --db.)
 * Targets (issue 3): build ≥ 20,000 passages/s; query p95 ≤ 30 ms at 1 M passages.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { loadSearch } from '../src/server/routes/search/load.ts';
import { indexColumns } from '../src/search/match-plan.ts';
import { passageTags } from '../src/search/passage-tags.ts';
import { ftsRowid } from '../src/store/passage-index.ts';
import { openStore } from '../src/store/store.ts';
import { corpusPassage, mulberry32, queryMix, readCorpusSource } from './search-corpus.ts';

const { values } = parseArgs({
  options: {
    reuse: { type: 'boolean' },
    passages: { type: 'string' },
    queries: { type: 'string' },
    db: { type: 'string' },
    workers: { type: 'string' },
  },
});
const PASSAGES = Number(values.passages ?? 1_000_000);
const QUERIES = Number(values.queries ?? 1000);
const WORKERS = Number(values.workers ?? 1);
const PER_DOCUMENT = 1000;
const BATCH = 5000;
const file = values.db ?? join(tmpdir(), 'ccus-atlas-search-bench.db');

let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;

if (!values.reuse) {
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) rmSync(file + suffix);
  const dataDir = new URL('../data/', import.meta.url).pathname;
  const source = await readCorpusSource(dataDir);
  console.log(
    `corpus source: ${source.sentences.ja.length} ja, ${source.sentences.zh.length} zh, ${source.sentences.en.length} en sentences`,
  );

  // Migrations through the product's store, then bulk writes on a second connection.
  (await openStore(file)).close();
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -524288');
  db.exec("INSERT INTO passage_fts(passage_fts, rank) VALUES('automerge', 8)");
  const insertDocument = db.prepare(
    `INSERT INTO documents (id, title, issuer, date, country, languages, format, sha256, data, version, created_at, updated_at)
   VALUES (?, ?, NULL, '2025-01-01', ?, '["ja","zh","en"]', 'md', '', ?, 1, '2025-01-01', '2025-01-01')`,
  );
  const insertPassage = db.prepare(
    `INSERT INTO passages (id, document_id, anchor, section, section_label, heading, level, ordinal, kind, lang, country, text, data)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'paragraph', ?, ?, ?, '{}')`,
  );
  const insertFts = db.prepare(
    'INSERT INTO passage_fts (rowid, head_words, head_grams, body_words, body_grams, tags) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const COUNTRIES = ['JP', 'CN', 'GB', 'NL', 'NO', 'US', 'DE', 'DK'];

  interface Row {
    id: number;
    lang: string;
    heading: string;
    text: string;
    cols: ReturnType<typeof indexColumns>;
  }

  /** Generates and tokenises passages [from, to): on this thread, or in workers (see tokenizeInWorker). */
  function makeRows(from: number, to: number): Row[] {
    const rows: Row[] = [];
    for (let id = from; id < to; id++) {
      const p = corpusPassage(source, mulberry32(id * 2654435761));
      rows.push({
        id,
        lang: p.lang,
        heading: p.heading,
        text: p.text,
        cols: indexColumns(p.heading, p.text),
      });
    }
    return rows;
  }

  const workerCode = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', async ({ from, to }) => {
  const { makeRowsFor } = await import(workerData.module);
  parentPort.postMessage(await makeRowsFor(from, to));
});`;
  const workers = Array.from(
    { length: WORKERS },
    () =>
      new Worker(workerCode, {
        eval: true,
        workerData: { module: new URL('./search-worker.ts', import.meta.url).href },
        execArgv: ['--import', 'tsx'],
      }),
  );
  const inWorker = (w: Worker, from: number, to: number) =>
    new Promise<Row[]>((resolve) => {
      w.once('message', resolve);
      w.postMessage({ from, to });
    });

  const placement = (id: number) => {
    const doc = Math.floor(id / PER_DOCUMENT);
    const section = `${1 + (id % 5)}-${1 + (id % 7)}`;
    return { doc, section, level: 1 + (id % 3), country: COUNTRIES[doc % COUNTRIES.length]! };
  };
  const write = db.transaction((rows: Row[]) => {
    for (const r of rows) {
      const { doc, section, level, country } = placement(r.id);
      if (r.id % PER_DOCUMENT === 0) {
        insertDocument.run(
          `bench-doc-${doc}`,
          `Synthetic document ${doc}`,
          country,
          JSON.stringify({ meta: { id: `bench-doc-${doc}` }, format: 'md', sections: [], sha256: '' }),
        );
      }
      insertPassage.run(
        r.id + 1,
        `bench-doc-${doc}`,
        `${section}.p${r.id}`,
        section,
        section,
        r.heading,
        level,
        r.id % PER_DOCUMENT,
        r.lang,
        country,
        r.text,
      );
    }
    // As the product does (src/store/passage-index.ts): rowid = -id, written in ascending rowid order.
    for (let k = rows.length - 1; k >= 0; k--) {
      const r = rows[k]!;
      const { doc, level, country } = placement(r.id);
      const tags = passageTags({ documentId: `bench-doc-${doc}`, lang: r.lang, level, country });
      const c = r.cols;
      insertFts.run(ftsRowid(r.id + 1), c.head_words, c.head_grams, c.body_words, c.body_grams, tags);
    }
  });

  const started = performance.now();
  let waitMs = 0;
  let writeMs = 0;
  // Pipeline: workers generate and tokenise the next round of batches while this thread writes the last.
  const rounds: [number, number][][] = [];
  const lanes = Math.max(1, workers.length);
  for (let from = 0; from < PASSAGES; from += BATCH * lanes) {
    const round: [number, number][] = [];
    for (let k = 0; k < lanes; k++) {
      const a = from + k * BATCH;
      if (a < PASSAGES) round.push([a, Math.min(PASSAGES, a + BATCH)]);
    }
    rounds.push(round);
  }
  const produce = (round: [number, number][]) =>
    Promise.all(
      round.map(([a, b], k) =>
        workers.length > 0 ? inWorker(workers[k]!, a, b) : Promise.resolve(makeRows(a, b)),
      ),
    );
  let next = produce(rounds[0]!);
  let done = 0;
  for (let r = 0; r < rounds.length; r++) {
    const t0 = performance.now();
    const batches = await next;
    waitMs += performance.now() - t0;
    if (r + 1 < rounds.length) next = produce(rounds[r + 1]!);
    for (const rows of batches) {
      const w0 = performance.now();
      write(rows);
      writeMs += performance.now() - w0;
      done += rows.length;
    }
    sample();
    if (done % 100_000 < BATCH * lanes) {
      const s = (performance.now() - started) / 1000;
      console.log(`  ${done.toLocaleString('en')} passages, ${(done / s).toFixed(0)}/s`);
    }
  }
  const buildS = (performance.now() - started) / 1000;
  for (const w of workers) await w.terminate();
  db.exec("INSERT INTO passage_fts(passage_fts) VALUES('optimize')");
  const optimizeS = (performance.now() - started) / 1000 - buildS;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const size = statSync(file).size;

  console.log(
    `index build: ${PASSAGES.toLocaleString('en')} passages in ${buildS.toFixed(1)} s = ${(PASSAGES / buildS).toFixed(0)} passages/s (${WORKERS} tokenising worker(s) beside the writer; writer busy ${(writeMs / 1000).toFixed(1)} s, waiting for tokens ${(waitMs / 1000).toFixed(1)} s), then FTS5 optimize ${optimizeS.toFixed(1)} s; target ≥ 20,000/s`,
  );
  console.log(
    `index size: ${mb(size)} on disk (${(size / PASSAGES).toFixed(0)} bytes/passage, text and FTS5 index together)`,
  );
} else {
  console.log(`reusing the index in ${file}: ${mb(statSync(file).size)} on disk`);
}
const store = await openStore(file);
const queries = queryMix(QUERIES);
for (const q of queries.slice(0, 20)) await loadSearch(store, q, 'en'); // warm the page cache
const times: number[] = [];
let hits = 0;
for (const q of queries) {
  const t0 = performance.now();
  const view = await loadSearch(store, q, 'en');
  times.push(performance.now() - t0);
  hits += view.total;
  sample();
}
times.sort((a, b) => a - b);
const pct = (p: number) =>
  times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(1);
console.log(
  `queries: ${QUERIES} (mix of glossary terms ja/zh/en, pairs, phrases, exclusions, filters), mean ${(hits / QUERIES).toFixed(0)} matches each`,
);
console.log(
  `query latency: p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${times.at(-1)!.toFixed(1)} ms; target p95 ≤ 30 ms`,
);
console.log(
  `memory: peak RSS ${mb(peakRss)} (counting the pages of the database file the store maps into memory), heap used ${mb(process.memoryUsage().heapUsed)}`,
);
await store.close();
