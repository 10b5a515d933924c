import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { matchExpression } from '../../src/search/match-plan.ts';
import { parseSearchQuery } from '../../src/search/query.ts';
import { migrationProvider } from '../../src/store/migrations/index.ts';
import { openSqlite } from '../../src/store/sqlite.ts';
import { openStore } from '../../src/store/store.ts';

const BEFORE_TAGS = '2026-11-27T11-50-create-security-events';
const BEFORE_MARKS = '2026-11-28T09-00-index-passage-tags';

/** A store file migrated up to `migration` (and no further), holding one empty Japanese document `doc`. */
async function storeBefore(migration: string, doc: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'atlas-migrate-')), 'atlas.db');
  const old = openSqlite(file);
  const { error } = await new Migrator({ db: old, provider: migrationProvider }).migrateTo(migration);
  assert.equal(error, undefined);
  await sql`INSERT INTO documents (id, title, country, languages, format, sha256, data, version, created_at, updated_at)
    VALUES (${doc}, ${doc}, 'JP', '["ja"]', 'md', '', '{}', 1, 't', 't')`.execute(old);
  return { file, old };
}

describe('upgrading a store’s passage index', () => {
  test('passages stored before the upgrade are indexed again and can be filtered', async () => {
    const { file, old } = await storeBefore(BEFORE_TAGS, 'doc-a');
    for (const [id, lang, level, text] of [
      [1, 'ja', 1, '上限価格は入札で決める。'],
      [2, 'ja', 2, '上限価格を超える部分は支援しない。'],
      [3, 'en', 2, 'The price cap is set by auction.'],
    ] as const) {
      await sql`INSERT INTO passages (id, document_id, anchor, section, section_label, heading, level, ordinal, kind, lang, country, text, data)
        VALUES (${id}, 'doc-a', ${`1.p${id}`}, '1', '1', '1 価格', ${level}, ${id}, 'paragraph', ${lang}, 'JP', ${text}, '{}')`.execute(
        old,
      );
    }
    await old.destroy();

    const store = await openStore(file);
    try {
      // 上限価格 also finds the English "price cap" through the glossary.
      const match = matchExpression(parseSearchQuery('上限価格'))!;
      const anchors = async (filters: object) =>
        (await store.documents.searchPassages(match, filters, 10)).hits.map((h) => h.anchor).sort();
      assert.deepEqual(await anchors({}), ['1.p1', '1.p2', '1.p3']);
      assert.deepEqual(await anchors({ level: [2] }), ['1.p2', '1.p3']);
      assert.deepEqual(await anchors({ lang: ['en'] }), ['1.p3']);
      assert.deepEqual(await anchors({ lang: ['ja'], level: [1] }), ['1.p1']);
    } finally {
      await store.close();
    }
  });

  test('an index written before terms were marked is rebuilt, and searches find its passages', async () => {
    const { file, old } = await storeBefore(BEFORE_MARKS, 'doc-b');
    await sql`INSERT INTO passages (id, document_id, anchor, section, section_label, heading, level, ordinal, kind, lang, country, text, data)
      VALUES (7, 'doc-b', '2.p1', '2', '2', '2 料金', 2, 1, 'paragraph', 'ja', 'JP', '輸送貯留料金はオークションで決める。', '{}')`.execute(
      old,
    );
    // The row as that version wrote it: bigrams and tags without their marks.
    await sql`INSERT INTO passage_fts (rowid, head_words, head_grams, body_words, body_grams, tags)
      VALUES (-7, '2 料金', '料金', '輸送 貯留 料金 は オークション で 決める', '輸送 送貯 貯留 留料 料金 金は はオ オー ーク クシ ショ ョン ンで で決 決め める', 'doc6465632d62 langja level2 countryjp')`.execute(
      old,
    );
    await old.destroy();

    const store = await openStore(file);
    try {
      const match = matchExpression(parseSearchQuery('运输封存费'))!;
      const found = await store.documents.searchPassages(match, { level: [2] }, 10);
      assert.deepEqual(
        found.hits.map((h) => h.anchor),
        ['2.p1'],
      );
    } finally {
      await store.close();
    }
  });
});
