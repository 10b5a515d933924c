import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { parseFtsExpression, phraseCount, ftsTokens } from '../../src/search/fts-expression.ts';
import { FTS_WEIGHTS, indexColumns, matchExpression } from '../../src/search/match-plan.ts';
import { parseSearchQuery } from '../../src/search/query.ts';
import { indexTokens, searchTokenTable } from '../../src/store/postgres-search.ts';
import { createTestDatabase, SKIP_POSTGRES } from '../helpers/postgres.ts';

const ROWS: [string, string][] = [
  [
    '4-4 輸送貯留料金のオークション / (2) 上限価格',
    '輸送貯留料金のオークションにおける上限価格は以下の内容を踏まえて設定する。',
  ],
  [
    '4-5 クロスチェーンリスクへの対応',
    '分離回収、輸送、貯留のどこか1つのプロセスで生じた一時的な停止が他のプロセスに波及すること（クロスチェーンリスク）',
  ],
  [
    '4-6 不可抗力事由',
    '自然災害、パンデミック、戦争等が例示列挙される場合がある。不可抗力に準ずる事由の整理。',
  ],
  [
    'Overview',
    'The transport and storage fee is set by auction; force majeure events extend the support period.',
  ],
  ['概述', '运输封存费通过拍卖确定，支持期间为十五年。'],
  [
    'Carbon price',
    'The reference price is a carbon price; when it exceeds the base price the difference is returned.',
  ],
  [
    '1. はじめに',
    'CCS は脱炭素成長型経済構造移行推進戦略において2030年までの事業開始に向けた事業環境を整備する。',
  ],
  ['Storage', 'Storage permits, storage monitoring and storage liability transfer after closure.'],
];

const QUERIES = [
  '上限価格',
  'クロスチェーンリスク',
  'force majeure',
  '运输封存费 拍卖',
  'storage',
  '"reference price"',
  'price -carbon',
  '事業',
  'ccs 2030',
  '貯',
];

describe('PostgreSQL search gives the same results as SQLite FTS5', { skip: SKIP_POSTGRES }, () => {
  let lite: BetterSqlite3.Database;
  let pgDb: Kysely<any>;
  let drop: () => Promise<void>;
  before(async () => {
    lite = new BetterSqlite3(':memory:');
    lite.exec(
      `CREATE VIRTUAL TABLE t USING fts5(head_words, head_grams, body_words, body_grams, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0')`,
    );
    const database = await createTestDatabase();
    drop = database.drop;
    pgDb = new Kysely<any>({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: database.url }) }),
    });
    await sql`CREATE TABLE parent (id int primary key)`.execute(pgDb);
    await sql`CREATE TABLE passage_tokens (id int primary key, head_words text[], head_grams text[], body_words text[], body_grams text[], doc_len int)`.execute(
      pgDb,
    );
    const insert = lite.prepare(
      'INSERT INTO t(rowid, head_words, head_grams, body_words, body_grams) VALUES (?, ?, ?, ?, ?)',
    );
    for (const [i, [heading, body]] of ROWS.entries()) {
      const c = indexColumns(heading, body);
      insert.run(i + 1, c.head_words, c.head_grams, c.body_words, c.body_grams);
      await indexTokens(pgDb, 'passage_tokens', i + 1, c);
    }
  });
  after(async () => {
    lite?.close();
    await pgDb?.destroy();
    await drop?.();
  });

  for (const query of QUERIES) {
    test(`"${query}": same rows, same order, same scores`, async () => {
      const expression = matchExpression(parseSearchQuery(query));
      assert.ok(expression, 'the query has something to match');
      const expected = lite
        .prepare(
          `SELECT rowid AS id, bm25(t, ${FTS_WEIGHTS.join(', ')}) AS score FROM t WHERE t MATCH ? ORDER BY score, rowid`,
        )
        .all(expression) as { id: number; score: number }[];
      const scores = await searchTokenTable(pgDb, 'passage_tokens', expression, FTS_WEIGHTS);
      const actual = [...scores]
        .map(([id, score]) => ({ id, score }))
        .sort((a, b) => a.score - b.score || a.id - b.id);
      assert.deepEqual(
        actual.map((r) => r.id),
        expected.map((r) => r.id),
      );
      for (const [i, row] of actual.entries())
        assert.ok(Math.abs(row.score - expected[i]!.score) < 1e-9, `${row.score} vs ${expected[i]!.score}`);
      assert.ok(expected.length > 0 || query === 'price -carbon', 'the fixture exercises a match');
    });
  }
});

describe('FTS5 expressions', () => {
  test('parse phrases with column filters, prefixes and operators by precedence', () => {
    assert.deepEqual(parseFtsExpression('{head_grams body_grams} : "上限 限価" * OR "a" AND "b" NOT "c"'), {
      kind: 'or',
      items: [
        { kind: 'phrase', columns: ['head_grams', 'body_grams'], tokens: ['上限', '限価'], prefix: true },
        {
          kind: 'and',
          items: [
            { kind: 'phrase', columns: undefined, tokens: ['a'], prefix: false },
            {
              kind: 'not',
              left: { kind: 'phrase', columns: undefined, tokens: ['b'], prefix: false },
              right: { kind: 'phrase', columns: undefined, tokens: ['c'], prefix: false },
            },
          ],
        },
      ],
    });
  });

  test('phrases count consecutive tokens only', () => {
    assert.equal(phraseCount(['a', 'b', 'a', 'b'], ['a', 'b'], false), 2);
    assert.equal(phraseCount(['a', 'x', 'b'], ['a', 'b'], false), 0);
    assert.equal(phraseCount(['storage', 'stored'], ['stor'], true), 2);
    assert.deepEqual(ftsTokens('4-4 (2) CO2 輸送 Ünter_x'), ['4', '4', '2', 'co2', '輸送', 'Ünter', 'x']);
  });
});
