import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { catalogs, negotiateLanguage, translator } from '../../src/web/i18n/index.ts';
import { ROOT } from '../helpers/paths.ts';

test('zh and ja define every English key with non-empty text', () => {
  const keys = Object.keys(catalogs.en).sort();
  for (const lang of ['zh', 'ja'] as const) {
    assert.deepEqual(Object.keys(catalogs[lang]).sort(), keys, `${lang} keys`);
    for (const key of keys) assert.ok(catalogs[lang][key as keyof typeof catalogs.en].trim(), `${lang} ${key}`);
  }
});

test('placeholders are the same in every language', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(catalogs.en) as (keyof typeof catalogs.en)[]) {
    for (const lang of ['zh', 'ja'] as const) assert.deepEqual(names(catalogs[lang][key]), names(catalogs.en[key]), `${lang} ${key}`);
  }
});

test('every literal key used by the templates exists', () => {
  const dir = join(ROOT, 'src/web');
  const files = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.tsx')).map((f) => join(dir, String(f)));
  for (const file of files) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bt\('([\w.-]+)'/g)) {
      assert.ok(m[1]! in catalogs.en, `${file}: key ${m[1]} is missing`);
    }
  }
});

test('translations fill placeholders', () => {
  assert.equal(translator('ja')('list.count', { n: 3 }), '政策 3 件');
});

test('Accept-Language negotiation honours quality values and falls back to English', () => {
  assert.equal(negotiateLanguage('fr-FR,ja;q=0.7,zh;q=0.8'), 'zh');
  assert.equal(negotiateLanguage('zh-TW'), 'zh');
  assert.equal(negotiateLanguage('de'), 'en');
  assert.equal(negotiateLanguage(undefined), 'en');
  assert.equal(negotiateLanguage('ja;q=0'), 'en');
});
