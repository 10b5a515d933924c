import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { policyToMarkdown } from '../../src/ingest/record-writer.ts';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { SEED_BUNDLE_DIR, SHARED, SKIP_SHARED } from '../helpers/paths.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'atlas-audit-'));
const placeholder = 'Baseline strategic alignment under V5.0 migration.';

/** A folder with one record whose evidence is a placeholder repeated across dimensions. */
function placeholderFolder(): string {
  const dir = temp();
  const dim = (score: number) => ({ score, evidence: { en: placeholder }, citation: { text: 'Act' } });
  writeFileSync(join(dir, 'kr-placeholder.md'), policyToMarkdown(buildPolicy({ id: 'kr-placeholder', country: 'KR', analysis: { strategic: dim(30), market: dim(30) } })));
  return dir;
}

describe('ccus-atlas audit', () => {
  test('reports findings as JSON with severity, record, field and fix; --fail-on warning exits 1', async () => {
    const db = join(temp(), 'atlas.db');
    assert.equal((await runCli(['import', SEED_BUNDLE_DIR, '--db', db])).code, 0);
    const store = await openStore(db);
    const stored = (await store.policies.get('jp-jogmec-advanced-ccs-2024'))!.policy;
    await store.policies.save({ ...stored, relatedDocuments: ['jp-missing-doc'] }, { author: 't', reason: 'test' });
    await store.close();
    const { code, stdout } = await runCli(['audit', '--format', 'json', '--db', db]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout);
    const missing = report.findings.find((f: { field: string; entityId: string }) => f.entityId === 'jp-jogmec-advanced-ccs-2024' && f.field === 'relatedDocuments.0');
    assert.deepEqual(
      { ...missing, fix: typeof missing.fix },
      {
        check: 'referential-integrity',
        severity: 'warning',
        entityType: 'policy',
        entityId: 'jp-jogmec-advanced-ccs-2024',
        field: 'relatedDocuments.0',
        message: 'related document "jp-missing-doc" is not in the dataset',
        fix: 'string',
      },
    );
    assert.equal(report.summary.total, report.findings.length);
    const failing = await runCli(['audit', '--fail-on', 'warning', '--check', 'referential-integrity', '--db', db]);
    assert.equal(failing.code, 1);
    assert.match(failing.stdout, /referential-integrity \(\d+\)/);
    assert.match(failing.stdout, /warning policy:jp-jogmec-advanced-ccs-2024  relatedDocuments\.0  related document "jp-missing-doc"/);
    assert.equal((await runCli(['audit', '--fail-on', 'error', '--db', db])).code, 0);
  });

  test('rejects an unknown check or format with a usage error', async () => {
    assert.equal((await runCli(['audit', '--check', 'vibes', '--db', ':memory:'])).code, 2);
    assert.equal((await runCli(['audit', '--format', 'xml', '--db', ':memory:'])).code, 2);
  });
});

describe('ccus-atlas import runs the blocking audits', () => {
  test('refuses placeholder evidence and writes nothing; --force loads it and flags the errors', async () => {
    const db = join(temp(), 'atlas.db');
    const dir = placeholderFolder();
    const refused = await runCli(['import', dir, '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /error: policy:kr-placeholder analysis\.strategic\.evidence\.en: boilerplate "Baseline strategic alignment"/);
    assert.match(refused.stdout, /analysis\.strategic\.evidence\.en: the same evidence as analysis\.market/);
    assert.match(refused.stderr, /nothing was imported/);
    let store = await openStore(db);
    assert.equal(await store.policies.count(), 0);
    await store.close();
    const forced = await runCli(['import', dir, '--db', db, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /flagged: policy:kr-placeholder/);
    store = await openStore(db);
    assert.equal(await store.policies.count(), 1);
    await store.close();
  });
});

describe('ccus-atlas audit FILE…: the files as an import would load them', () => {
  test('reports placeholder evidence in record files and writes nothing', async () => {
    const db = join(temp(), 'atlas.db');
    const { code, stdout } = await runCli(['audit', placeholderFolder(), '--fail-on', 'error', '--db', db]);
    assert.equal(code, 1);
    assert.match(stdout, /error   policy:kr-placeholder  analysis\.strategic\.evidence\.en  boilerplate "Baseline strategic alignment"/);
    const store = await openStore(db);
    assert.equal(await store.policies.count(), 0);
    await store.close();
  });

  test('the seed system export shows its known problems', { skip: SKIP_SHARED }, async () => {
    const hub = join(SHARED, 'fixtures/hub');
    const files = ['policies.json', 'facilities.json', 'countries.json'].map((f) => join(hub, f));
    const { code, stdout } = await runCli(['audit', ...files, '--format', 'json', '--db', join(temp(), 'atlas.db')]);
    assert.equal(code, 0);
    const report = JSON.parse(stdout) as { findings: { check: string; severity: string; entityId: string; field: string; message: string }[] };
    const count = (pred: (f: (typeof report.findings)[number]) => boolean) => report.findings.filter(pred).length;
    assert.ok(count((f) => f.check === 'placeholder-evidence' && f.field.startsWith('analysis.strategic') && /Baseline strategic alignment/.test(f.message)) >= 40, 'placeholder strategic scores');
    assert.ok(count((f) => /^the same evidence as analysis\./.test(f.message)) >= 100, 'evidence repeated across dimensions');
    assert.ok(count((f) => f.check === 'citation-coverage') >= 200, 'missing citations');
    assert.ok(count((f) => f.check === 'mixed-language' && /^Chinese text in the English field/.test(f.message)) >= 5, 'Chinese text in English fields');
    assert.ok(
      report.findings.some((f) => f.check === 'duplicate-entities' && /"(South Korea|Republic of Korea)" and "(South Korea|Republic of Korea)" are two names for one country \(KR/.test(f.message)),
      'two names for Korea',
    );
  });
});

describe('importing the predecessor hub export runs the blocking audits', () => {
  test('placeholder evidence in hub JSON is refused; --force loads it and flags it', async () => {
    const dir = temp();
    const db = join(dir, 'atlas.db');
    const same = 'Batch 4 Offshore Focus update.';
    const record = {
      id: 'xx-hub-batch-2024',
      country: 'South Korea',
      year: 2024,
      status: 'Active',
      category: 'Regulatory',
      review_status: 'draft',
      url: 'https://example.org/law',
      i18n: { en: { title: 'Hub batch record' } },
      analysis: { incentive: { score: 80, label: 'High', evidence: same, citation: null }, mrv: { score: 85, label: 'High', evidence: same, citation: null } },
    };
    writeFileSync(join(dir, 'policies.json'), JSON.stringify({ records: [record] }));
    const refused = await runCli(['import', join(dir, 'policies.json'), '--db', db]);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /error: policy:xx-hub-batch-2024 analysis\.incentive\.evidence\.en: boilerplate "Batch 4 Offshore Focus update"/);
    let store = await openStore(db);
    assert.equal(await store.policies.count(), 0);
    await store.close();
    const forced = await runCli(['import', join(dir, 'policies.json'), '--db', db, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.match(forced.stdout, /flagged: policy:xx-hub-batch-2024/);
    store = await openStore(db);
    assert.equal(await store.policies.count(), 1);
    await store.close();
  });
});
