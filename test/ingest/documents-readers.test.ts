import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { SourceDocument } from '../../src/domain/document.ts';
import { readDocument } from '../../src/ingest/document-reader.ts';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { FIXTURES } from '../helpers/paths.ts';
import { makeJapanesePdf, pdfLinesFromMarkdown } from './make-japanese-pdf.ts';

const SAMPLE = join(FIXTURES, 'documents', 'jp-sample-ccs-note.md');
const SIDECAR = 'id: jp-sample-ccs-note\ntitle: CCS 支援措置の概要（試験用）\ncountry: JP\n';

async function read(file: string, bytes: Uint8Array, sidecar?: string): Promise<SourceDocument> {
  const result = await readDocument({
    file,
    bytes,
    ...(sidecar ? { sidecar: { file: `${file}.yaml`, text: sidecar } } : {}),
  });
  if (!result.ok)
    assert.fail(result.problems.map((p) => `${p.line ?? ''} ${p.field ?? ''} ${p.message}`).join('\n'));
  return result.document;
}

const shape = (d: SourceDocument) => ({
  sections: d.sections.map((s) => [s.anchor, s.number, s.title, s.parent]),
  passages: d.passages.map((p) => [p.anchor, p.kind, p.text.replace(/\s+/g, '')]),
});

describe('PDF documents', () => {
  test('a Japanese PDF imports with the same structure as its Markdown twin', async () => {
    const md = await read('jp-sample-ccs-note.md', readFileSync(SAMPLE));
    const body = readFileSync(SAMPLE, 'utf8').split('\n---\n')[1]!;
    const pdf = await read('jp-sample-ccs-note.pdf', makeJapanesePdf([pdfLinesFromMarkdown(body)]), SIDECAR);
    assert.equal(pdf.format, 'pdf');
    assert.deepEqual(shape(pdf), shape(md));
    assert.deepEqual(pdf.passages.find((p) => p.kind === 'table')!.rows, [
      ['リスク', '説明'],
      ['建設リスク', 'コスト超過や遅延'],
      ['漏洩リスク', 'CO2 が貯留施設から漏洩するリスク'],
    ]);
  });

  test('a PDF with no text layer is refused with a clear message', async () => {
    const result = await readDocument({
      file: 'scan.pdf',
      bytes: makeJapanesePdf([[]]),
      sidecar: { file: 'scan.pdf.yaml', text: SIDECAR },
    });
    assert.equal(result.ok, false);
    assert.match(!result.ok ? result.problems[0]!.message : '', /no text layer/);
  });

  test('a PDF over pages: running header and page numbers dropped, wrapped lines and page breaks joined', async () => {
    const header = { text: 'CCS 支援措置の概要（試験用）' };
    const long = '- 支援の対象は分離回収、輸送、貯留の各事業者とし、支援期間は原則として十五年と';
    const pdf = await read(
      'jp-paged-note.pdf',
      makeJapanesePdf([
        [header, { text: '1. はじめに', gap: 1 }, { text: '本書は、CCS 事業の支援措置について整', gap: 1 }, { text: '理したものである。' }, { text: long, gap: 1 }, { text: '- 1 -', gap: 3 }],
        [header, { text: 'する。', gap: 1 }, { text: '2. 今後の検討', gap: 1 }, { text: '- 詳細は関係機関と調整する。', gap: 1 }, { text: '- 2 -', gap: 3 }],
        [header, { text: '- 参照価格の考え方を整理する。', gap: 1 }, { text: '- 3 -', gap: 3 }],
      ]),
      SIDECAR,
    );
    const texts = pdf.passages.map((p) => p.text);
    assert.deepEqual(texts, [
      '本書は、CCS 事業の支援措置について整理したものである。',
      `${long}する。`,
      '- 詳細は関係機関と調整する。',
      '- 参照価格の考え方を整理する。',
    ]);
    assert.deepEqual(pdf.sections.map((s) => [s.anchor, s.title]), [['1', 'はじめに'], ['2', '今後の検討']]);
  });

  test('a file named .pdf that is not a PDF is refused', async () => {
    const result = await readDocument({ file: 'x.pdf', bytes: Buffer.from('hello') });
    assert.match(!result.ok ? result.problems[0]!.message : '', /not a PDF/);
  });
});

describe('HTML and plain-text documents', () => {
  test('HTML headings, nested lists and tables become sections, list passages and a table passage', async () => {
    const html = `<!doctype html><html><head><title>CCS 概要</title><style>p{}</style></head><body>
      <nav>menu</nav><h2>1. はじめに</h2><p>CCS は CO<sub>2</sub> を貯留する。</p>
      <h2>2. 支援措置</h2><h3>2-1. 基準価格</h3><ul><li>基準価格は<b>分離回収コスト</b>で構成される。<ul><li>輸送貯留料金</li></ul></li></ul>
      <table><tr><th>リスク</th><th>説明</th></tr><tr><td>建設リスク</td><td>コスト超過</td></tr></table></body></html>`;
    const doc = await read('overview.html', Buffer.from(html), 'id: overview\ncountry: JP\n');
    assert.equal(doc.meta.title, 'CCS 概要', 'title inferred from <title>');
    assert.deepEqual(
      doc.sections.map((s) => s.anchor),
      ['1', '2', '2-1'],
    );
    const list = doc.passages.find((p) => p.section === '2-1' && p.kind === 'list')!;
    assert.equal(list.text, '- 基準価格は分離回収コストで構成される。\n  - 輸送貯留料金');
    assert.deepEqual(doc.passages.find((p) => p.kind === 'table')!.rows, [
      ['リスク', '説明'],
      ['建設リスク', 'コスト超過'],
    ]);
    assert.ok(!doc.passages.some((p) => p.text.includes('menu')), 'navigation is dropped');
  });

  test('missing title, languages and id are inferred and reported; a missing country is a problem', async () => {
    const ok = await readDocument({
      file: 'docs/uk-storage-note.txt',
      bytes: Buffer.from('---\ncountry: GB\n---\n1. Introduction\nStorage permits are required.\n'),
    });
    assert.ok(ok.ok);
    assert.equal(ok.document.meta.id, 'uk-storage-note');
    assert.equal(ok.document.meta.title, '1. Introduction');
    assert.deepEqual(ok.document.meta.languages, ['en']);
    assert.equal(ok.notes.length, 3);
    const bad = await readDocument({
      file: 'x.md',
      bytes: Buffer.from('---\nid: x\nkind: document\ncolour: red\n---\n# Title\n\ntext\n'),
    });
    assert.equal(bad.ok, false);
    assert.deepEqual(!bad.ok && bad.problems.map((p) => p.field), ['colour']);
    const noCountry = await readDocument({ file: 'x.md', bytes: Buffer.from('# Title\n\ntext\n') });
    assert.deepEqual(!noCountry.ok && noCountry.problems.map((p) => [p.field, p.message]), [
      ['country', 'is required and cannot be inferred'],
    ]);
  });
});

describe('bad input', () => {
  test('empty, binary, invalid UTF-8 each get a clear error', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['empty.md', Buffer.alloc(0), /empty/],
      ['blank.txt', Buffer.from('\n  \n'), /empty/],
      [
        'image.md',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
        /binary/,
      ],
      ['report.md', Buffer.from('%PDF-1.4\n\0\0\0'), /PDF file/],
      ['sjis.txt', Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0a]), /invalid UTF-8 at byte 0/],
    ];
    for (const [file, bytes, message] of cases) {
      const result = await readDocument({ file, bytes });
      assert.equal(result.ok, false, file);
      assert.match(!result.ok ? result.problems[0]!.message : '', message, file);
    }
  });

  test('the CLI refuses a 200 MB file by its size, reports every bad file, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
    const docs = join(dir, 'documents');
    mkdirSync(docs);
    writeFileSync(join(docs, 'empty.md'), '');
    writeFileSync(join(docs, 'binary.md'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    writeFileSync(join(docs, 'latin1.txt'), Buffer.from('caf\xe9\n', 'latin1'));
    writeFileSync(join(docs, 'huge.txt'), '');
    truncateSync(join(docs, 'huge.txt'), 200 * 1024 * 1024); // sparse: nothing is read or allocated
    writeFileSync(join(docs, 'good.md'), readFileSync(SAMPLE));
    const db = join(dir, 'atlas.db');
    const { code, stdout } = await runCli(['import', dir, '--db', db]);
    assert.equal(code, 1);
    assert.match(stdout, /empty\.md: the file is empty/);
    assert.match(stdout, /binary\.md: this is a binary file/);
    assert.match(stdout, /latin1\.txt:1: invalid UTF-8/);
    assert.match(stdout, /huge\.txt: file is 209715200 bytes; documents are limited/);
    const store = await openStore(db);
    try {
      assert.equal(await store.documents.count(), 0, 'nothing written');
    } finally {
      await store.close();
    }
  });

  test('loose .md files (read as policy records) get the same clear errors, and nothing is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-records-'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    writeFileSync(join(dir, 'sjis.md'), Buffer.concat([Buffer.from('---\nid: x\n'), Buffer.from([0x83, 0x65, 0x0a])]));
    writeFileSync(join(dir, 'huge.md'), '');
    truncateSync(join(dir, 'huge.md'), 200 * 1024 * 1024);
    const db = join(dir, 'atlas.db');
    const { code, stdout } = await runCli(['import', dir, '--db', db]);
    assert.equal(code, 1);
    assert.match(stdout, /empty\.md: the file is empty: a policy record needs text/);
    assert.match(stdout, /binary\.md: this is a binary file/);
    assert.match(stdout, /sjis\.md:3: invalid UTF-8 at byte 10/);
    assert.match(stdout, /huge\.md: the file is 200 MB; a policy record file is limited to 2 MB \(a source document goes under a documents\/ folder/);
    const store = await openStore(db);
    try {
      assert.equal(await store.policies.count(), 0, 'nothing written');
    } finally {
      await store.close();
    }
  });

  test('the CLI imports a document folder, and a second import of the same files changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-docs-'));
    writeFileSync(join(dir, 'jp-sample-ccs-note.md'), readFileSync(SAMPLE));
    const db = join(dir, 'atlas.db');
    const first = await runCli(['import', join(dir, 'jp-sample-ccs-note.md'), '--db', db]);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.stdout, /documents: 1 created/);
    const second = await runCli(['import', join(dir, 'jp-sample-ccs-note.md'), '--db', db]);
    assert.match(second.stdout, /documents: 0 created, 0 updated, 1 unchanged/);
    const valid = await runCli(['validate', dir]);
    assert.equal(valid.code, 0, valid.stdout);
    assert.match(valid.stderr, /1 document\(s\) valid/);
  });
});

describe('bundled documents', () => {
  test('load once; a restart with unchanged files parses and writes nothing, and anchors stay', async () => {
    const { loadBundle } = await import('../../src/store/bundle.ts');
    const { DATA_DIR } = await import('../helpers/paths.ts');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-bundle-'));
    const db = join(dir, 'atlas.db');
    const first = await openStore(db);
    const report = await loadBundle(first, DATA_DIR);
    assert.deepEqual(report.documents?.created, ['jp-meti-ccs-support-interim-2025']);
    const anchors = (await first.documents.get('jp-meti-ccs-support-interim-2025'))!.document.passages.map((p) => p.anchor);
    await first.close();
    const second = await openStore(db);
    try {
      const again = await loadBundle(second, DATA_DIR);
      assert.deepEqual(again.documents, { created: [], updated: [], unchanged: [], skippedFiles: 1 });
      const stored = await second.documents.get('jp-meti-ccs-support-interim-2025');
      assert.equal(stored!.version, 1);
      assert.deepEqual(stored!.document.passages.map((p) => p.anchor), anchors);
    } finally {
      await second.close();
    }
  });
});
