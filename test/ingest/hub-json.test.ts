import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { detectHubKind } from '../../src/ingest/hub-json.ts';
import { readHubCountries } from '../../src/ingest/hub-json-countries.ts';
import { readHubFacilities } from '../../src/ingest/hub-json-facilities.ts';
import { readHubPolicies } from '../../src/ingest/hub-json-policies.ts';
import { openStore } from '../../src/store/store.ts';
import { runCli } from '../helpers/cli.ts';
import { SHARED, SKIP_SHARED } from '../helpers/paths.ts';

const facility = (over: Record<string, unknown> = {}) => ({
  id: '374',
  country: 'Norway',
  status: 'Operational',
  announced_capacity_min: 1,
  announced_capacity_max: 1,
  announced_capacity_raw: '1',
  estimated_capacity: 1,
  lat: 58.37,
  lng: 1.91,
  precision: 'exact',
  provenance_author: 'IEA CCUS Projects Database 2026',
  provenance_reviewer: '',
  i18n: {
    en: {
      name: 'Sleipner',
      region: 'Europe',
      type: 'Full chain',
      sector: 'Refining',
      fate_of_carbon: 'Mixed',
      announcement: '1991',
      operation: '1996',
    },
    zh: { name: '斯莱普纳', type: '全流程项目' },
  },
  linked_policies: ['no-storage'],
  ...over,
});

const country = {
  id: 'Japan',
  region: 'Global',
  net_zero_year: null,
  provenance_author: null,
  i18n: {
    en: {
      name: 'Japan',
      summary: 'Profile for Japan',
      regulatory_pillars: {
        pore_space_rights: '拟制物权',
        liability_transfer: 'Transfers to JOGMEC after stability.',
      },
    },
    zh: {
      name: '日本',
      summary: '日本的监管画像',
      regulatory_pillars: {
        pore_space_rights: '拟制物权（准物权）',
        liability_transfer: '稳定后转移至 JOGMEC。',
      },
    },
  },
};

const policy = {
  id: 'xx-test-law-2024',
  country: 'Japan',
  year: 2024,
  status: '现行',
  category: 'Statutory',
  review_status: 'verified',
  legal_weight: 'Law (Special)',
  provenance_author: 'CCUS AI Agent',
  provenance_reviewer: 'Human Audit Pending',
  url: 'https://example.org/law',
  i18n: { en: { title: 'Test law', description: 'A law.' }, zh: { title: '测试法' } },
  analysis: { statutory: { score: 80, label: 'High', evidence: 'Article 3.', citation: null } },
};

describe('predecessor hub JSON import', () => {
  test('detects which export a file is', () => {
    assert.equal(detectHubKind({ records: [facility()] }), 'facilities');
    assert.equal(detectHubKind({ records: [country] }), 'countries');
    assert.equal(detectHubKind({ records: [policy] }), 'policies');
    assert.equal(detectHubKind({ records: [{ id: 1 }] }), undefined);
    assert.equal(detectHubKind([1, 2]), undefined);
  });

  test('facilities: labels mapped, zh name kept, coordinates with precision, every change reported', () => {
    const { values, coercions, problems } = readHubFacilities(
      { records: [facility(), facility({ id: '9', status: 'Dreaming' })] },
      'f.json',
    );
    assert.equal(values.length, 1);
    assert.match(problems[0]!.message, /record 9: status/);
    const f = values[0]!;
    assert.equal(f.id, 'iea-374');
    assert.deepEqual(f.name, { en: 'Sleipner', zh: '斯莱普纳' });
    assert.deepEqual(f.location, { lat: 58.37, lon: 1.91, precision: 'exact' });
    assert.equal(f.sector, 'other_fuel_transformation');
    assert.deepEqual(
      coercions.filter((c) => c.record === '374').map((c) => c.field),
      ['linked_policies', 'sector', 'fate_of_carbon'],
    );
  });

  test('countries: uncited pillars, text moved to the language it is written in, "Global" region dropped', () => {
    const { values, coercions } = readHubCountries({ records: [country] }, 'c.json');
    const jp = values[0]!;
    assert.equal(jp.code, 'JP');
    assert.equal(jp.region, undefined);
    assert.deepEqual(jp.pillars.poreSpaceRights, { text: { zh: '拟制物权' } });
    assert.equal(jp.pillars.liabilityTransfer?.citation, undefined);
    assert.ok(
      coercions.some(
        (c) => c.field === 'regulatory_pillars.pore_space_rights.en' && /written in zh/.test(c.message),
      ),
    );
    assert.ok(coercions.some((c) => c.field === 'region'));
  });

  test('policies: localised enum values mapped; unreviewed "verified" becomes draft; unknown legal weight dropped', () => {
    const { values, coercions } = readHubPolicies({ records: [policy] }, 'p.json');
    const p = values[0]!;
    assert.equal(p.status, 'Active');
    assert.equal(p.category, 'Regulatory');
    assert.equal(p.reviewStatus, 'draft');
    assert.equal(p.legalWeight, undefined);
    assert.equal(p.analysis.statutory?.score, 80);
    assert.deepEqual(
      coercions.map((c) => c.field),
      ['status', 'category', 'legal_weight', 'review_status'],
    );
  });

  test('the CLI loads the rest, enriches an existing facility with coordinates, and keeps curated records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-hub-'));
    const db = join(dir, 'atlas.db');
    writeFileSync(
      join(dir, 'facilities.json'),
      JSON.stringify({ records: [facility(), facility({ id: '1', status: 'Dreaming' })] }),
    );
    writeFileSync(join(dir, 'policies.json'), JSON.stringify({ records: [policy] }));
    const store = await openStore(db);
    await store.facilities.save(
      {
        ...readHubFacilities({ records: [facility()] }, 'x').values[0]!,
        location: undefined,
        name: { en: 'Sleipner' },
      },
      { author: 't', reason: 't' },
    );
    await store.close();
    const { code, stdout } = await runCli([
      'import',
      join(dir, 'facilities.json'),
      join(dir, 'policies.json'),
      '--db',
      db,
    ]);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /facilities\.json \(facilities\): 0 created, 1 enriched, 0 kept as stored, 1 skipped/,
    );
    assert.match(stdout, /skipped: .*record 1: status/);
    assert.match(stdout, /policies\.json \(policies\): 1 created/);
    const after = await openStore(db);
    const sleipner = (await after.facilities.get('iea-374'))!.facility;
    assert.equal(sleipner.location?.precision, 'exact');
    assert.equal(sleipner.name.zh, '斯莱普纳');
    await after.close();
  });

  test('the shared hub export maps every file and reports what it changed', { skip: SKIP_SHARED }, () => {
    const read = (name: string) => JSON.parse(readFileSync(`${SHARED}fixtures/hub/${name}`, 'utf8'));
    const facilities = readHubFacilities(read('facilities.json'), 'facilities.json');
    assert.equal(facilities.values.length + facilities.problems.length, 1110);
    assert.ok(facilities.values.length >= 1100);
    const countries = readHubCountries(read('countries.json'), 'countries.json');
    assert.equal(countries.values.length + countries.problems.length, 66);
    const policies = readHubPolicies(read('policies.json'), 'policies.json');
    assert.equal(policies.values.length + policies.problems.length, 130);
    assert.ok(policies.coercions.some((c) => c.field === 'review_status'));
  });
});
