import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseRecordMarkdown } from '../../src/ingest/record-markdown.ts';
import { policyToMarkdown } from '../../src/ingest/record-writer.ts';
import { openStore } from '../../src/store/store.ts';
import { badDatasetFolder } from '../helpers/bad-dataset.ts';
import { runCli } from '../helpers/cli.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { DATA_DIR, SEED_BUNDLE_DIR } from '../helpers/paths.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'atlas-cli-'));

function badFolder(): string {
  const dir = temp();
  const good = policyToMarkdown(buildPolicy({ id: 'x' }));
  writeFileSync(join(dir, 'a-yaml.md'), good.replace('id: x', 'id: a').replace('year: 2020', 'year: [2020'));
  writeFileSync(join(dir, 'b-score.md'), good.replace('id: x', 'id: b').replace('score: 70', 'score: 140'));
  writeFileSync(join(dir, 'c-status.md'), good.replace('id: x', 'id: c').replace('status: Active', 'status: Actve'));
  return dir;
}

describe('ccus-atlas validate', () => {
  test('prints every problem with file and line, suggests the fix, and exits 1', async () => {
    const dir = badFolder();
    const { code, stdout } = await runCli(['validate', dir]);
    assert.equal(code, 1);
    const lines = stdout.split('\n');
    assert.equal(lines.length, 3, stdout);
    assert.match(lines[0]!, /a-yaml\.md:\d+: YAML syntax error/);
    assert.match(lines[1]!, /b-score\.md:\d+: analysis\.statutory\.score: score must be between 0 and 100/);
    assert.match(lines[2]!, /c-status\.md:\d+: status: unknown status "Actve"; did you mean "Active"\?/);
  });

  test('passes on the bundled dataset', async () => {
    const { code, stderr } = await runCli(['validate', DATA_DIR]);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /record\(s\) valid/);
    assert.match(stderr, /\d+ facility file\(s\) valid, \d+ country file\(s\) valid/);
  });

  test('checks facility and country files in a dataset folder, naming file, line and field', async () => {
    const dir = badDatasetFolder('code: FR\nnetZeroYear: 1999\n');
    const { code, stdout } = await runCli(['validate', dir]);
    assert.equal(code, 1);
    assert.match(stdout, /x-1\.yaml:5: status: unknown facility status "dreaming"/);
    assert.match(stdout, /fr\.yaml:2: netZeroYear: /);
    const one = await runCli(['validate', join(dir, 'facilities', 'x-1.yaml')]);
    assert.equal(one.code, 1);
    assert.match(one.stdout, /^[^\n]*x-1\.yaml:5: status: unknown facility status "dreaming"[^\n]*\n?$/);
  });

  test('reports duplicate ids across files', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'one.md'), policyToMarkdown(buildPolicy()));
    writeFileSync(join(dir, 'two.md'), policyToMarkdown(buildPolicy()));
    const { code, stdout } = await runCli(['validate', dir]);
    assert.equal(code, 1);
    assert.match(stdout, /two\.md:2: id: duplicate id "test-policy" \(also in .*one\.md\)/);
  });
});

describe('ccus-atlas import and export', () => {
  test('importing a folder with problems writes nothing to the database', async () => {
    const dir = badFolder();
    writeFileSync(join(dir, 'd-good.md'), policyToMarkdown(buildPolicy({ id: 'fine' })));
    const db = join(temp(), 'atlas.db');
    const { code } = await runCli(['import', dir, '--db', db]);
    assert.equal(code, 1);
    const store = await openStore(db);
    assert.equal(await store.policies.count(), 0);
    await store.close();
  });

  test('import, then export a policy as Markdown that imports back to the same record', async () => {
    const db = join(temp(), 'atlas.db');
    const imported = await runCli(['import', SEED_BUNDLE_DIR, '--db', db]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /2 created, 0 updated, 0 unchanged/);
    assert.match((await runCli(['import', SEED_BUNDLE_DIR, '--db', db])).stdout, /0 created, 0 updated, 2 unchanged/);

    const md = await runCli(['export', 'policy', 'jp-jogmec-advanced-ccs-2024', '--format', 'md', '--db', db]);
    assert.equal(md.code, 0);
    const parsed = parseRecordMarkdown(md.stdout);
    const original = parseRecordMarkdown(readFileSync(join(SEED_BUNDLE_DIR, 'policies/jp-jogmec-advanced-ccs-2024.md'), 'utf8'));
    assert.ok(parsed.ok && original.ok);
    assert.deepEqual(parsed.value, original.value);

    const json = JSON.parse((await runCli(['export', 'policy', 'jp-jogmec-advanced-ccs-2024', '--format', 'json', '--db', db])).stdout);
    assert.equal(json.analysis.incentive.score, 90);
  });

  test('--dry-run reports and writes nothing', async () => {
    const db = join(temp(), 'atlas.db');
    const { code, stdout } = await runCli(['import', SEED_BUNDLE_DIR, '--db', db, '--dry-run']);
    assert.equal(code, 0);
    assert.match(stdout, /2 created.*dry run/);
    const store = await openStore(db);
    assert.equal(await store.policies.count(), 0);
    await store.close();
  });

  test('export policies as CSV, JSON and one Markdown file per record', async () => {
    const db = join(temp(), 'atlas.db');
    await runCli(['import', SEED_BUNDLE_DIR, '--db', db]);
    const csv = await runCli(['export', 'policies', '--format', 'csv', '--db', db]);
    assert.equal(csv.stdout.split('\r\n').length, 3);
    const json = JSON.parse((await runCli(['export', 'policies', '--format', 'json', '--db', db])).stdout);
    assert.equal(json.length, 2);
    const out = temp();
    assert.equal((await runCli(['export', 'policies', '--format', 'md', '--out', out, '--db', db])).code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['jp-ccs-cost-difference-support-2025.md', 'jp-jogmec-advanced-ccs-2024.md']);
  });

  test('a missing policy and a bad format are clear errors', async () => {
    const db = join(temp(), 'atlas.db');
    const missing = await runCli(['export', 'policy', 'nope', '--db', db]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /no policy with id "nope"/);
    const bad = await runCli(['export', 'policies', '--format', 'xml', '--db', db]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--format must be one of json, csv, md/);
  });
});

describe('ccus-atlas help', () => {
  test('every command has --help with its usage', async () => {
    const overview = await runCli(['--help']);
    assert.equal(overview.code, 0);
    for (const name of ['serve', 'import', 'export', 'validate', 'schemas']) {
      assert.match(overview.stdout, new RegExp(`\\n  ${name} `));
      const help = await runCli([name, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, new RegExp(`Usage: ccus-atlas ${name}`));
    }
  });

  test('unknown commands and options are usage errors', async () => {
    assert.equal((await runCli(['frobnicate'])).code, 2);
    const bad = await runCli(['validate', '--colour']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /Unknown option '--colour'/);
  });
});

describe('the installed command', () => {
  test('bin/ccus-atlas.js runs the CLI and exits with its code', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = badFolder();
    const result = spawnSync(process.execPath, [join(DATA_DIR, '../bin/ccus-atlas.js'), 'validate', dir], { encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    assert.match(result.stdout, /did you mean "Active"/);
  });
});
