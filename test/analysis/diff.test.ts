import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffRecords, diffWords } from '../../src/analysis/diff.ts';

test('an English change marks the changed words only', () => {
  assert.deepEqual(diffWords('The support period is 10 years.', 'The support period is 15 years.'), [
    { kind: 'same', text: 'The support period is ' },
    { kind: 'removed', text: '10' },
    { kind: 'added', text: '15' },
    { kind: 'same', text: ' years.' },
  ]);
});

test('a Japanese change marks words, not the whole sentence', () => {
  const parts = diffWords('輸送貯留料金はオークションで決定する。', '輸送貯留料金は入札で決定する。');
  assert.ok(parts.some((p) => p.kind === 'same' && p.text.includes('輸送')));
  assert.deepEqual(parts.filter((p) => p.kind !== 'same').map((p) => p.text), ['オークション', '入札']);
});

test('a Chinese change keeps the unchanged words', () => {
  const parts = diffWords('支持期间为十年', '支持期间为十五年');
  assert.equal(parts[0]!.kind, 'same');
  assert.ok(parts.some((p) => p.kind === 'added'));
});

test('record diffs list changed fields by path', () => {
  const changes = diffRecords(
    { title: { en: 'A' }, year: 2020, tags: { en: ['x'] }, analysis: { mrv: { score: 40 } } },
    { title: { en: 'A', ja: 'エー' }, year: 2021, tags: { en: ['x', 'y'] }, analysis: { mrv: { score: 40 } } },
  );
  assert.deepEqual(
    changes.map((c) => [c.path, c.before, c.after]),
    [
      ['tags.en', 'x', 'x\ny'],
      ['title.ja', undefined, 'エー'],
      ['year', '2020', '2021'],
    ],
  );
});
