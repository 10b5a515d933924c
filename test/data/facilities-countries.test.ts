import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { geoDistance } from 'd3-geo';
import type { CountryProfile } from '../../src/domain/country-profile.ts';
import type { Facility } from '../../src/domain/facility.ts';
import { REGULATORY_PILLARS } from '../../src/domain/policy.ts';
import { readCountryFiles, readFacilityFiles } from '../../src/ingest/facility-files.ts';
import { countryCentroid } from '../../src/web/charts/world-geo.ts';
import { DATA_DIR } from '../helpers/paths.ts';

const EARTH_KM = 6371;

let facilities: Facility[] = [];
let countries: CountryProfile[] = [];
before(async () => {
  const f = await readFacilityFiles(join(DATA_DIR, 'facilities'));
  const c = await readCountryFiles(join(DATA_DIR, 'countries'));
  assert.deepEqual([...f.problems, ...c.problems], [], 'every bundled facility and country file validates');
  facilities = f.records.map((r) => r.value);
  countries = c.records.map((r) => r.value);
});

const named = (pattern: RegExp) => facilities.filter((f) => pattern.test(f.name.en ?? ''));

describe('bundled facility dataset', () => {
  test('holds at least 80 projects on every continent with CCS', () => {
    assert.ok(facilities.length >= 80, `${facilities.length} facilities`);
    const regions = new Set(facilities.map((f) => f.region));
    for (const r of [
      'north_america',
      'europe',
      'asia_pacific',
      'australia_nz',
      'middle_east',
      'central_south_america',
    ])
      assert.ok(regions.has(r as never), `a project in ${r}`);
  });

  test('has the projects users look for first', () => {
    for (const p of [
      /^Sleipner/,
      /Sn(ø|o)hvit/,
      /Northern Lights/,
      /Quest/,
      /Boundary Dam/,
      /Gorgon/,
      /Moomba/,
      /Tomakomai/,
      /Shute Creek/,
      /Century/,
      /Illinois Industrial/,
      /Qatar LNG/,
      /Al Reyadah/,
      /Qilu/,
      /Porthos/,
      /Brevik/,
    ])
      assert.ok(named(p).length > 0, `a facility named ${p}`);
  });

  test('links the Japanese advanced CCS projects to their policy record', () => {
    const linked = facilities.filter((f) =>
      f.policyLinks.some((l) => l.policyId === 'jp-jogmec-advanced-ccs-2024'),
    );
    assert.ok(linked.length >= 5, `${linked.length} linked`);
    assert.ok(linked.every((f) => f.countries.includes('JP')));
  });

  test('every project has names in three languages, status, type, capacity, operator, a source and provenance', () => {
    for (const f of facilities) {
      assert.ok(f.name.en && f.name.zh && f.name.ja, `${f.id}: name in en, zh and ja`);
      assert.ok(f.status && f.type && f.countries.length > 0, `${f.id}: status, type, country`);
      const c = f.capacity;
      assert.ok(
        c.announcedText || c.estimatedMt !== undefined || c.announcedHighMt !== undefined,
        `${f.id}: capacity`,
      );
      assert.ok(f.operator || f.partners.length > 0, `${f.id}: operator or partners`);
      assert.ok(f.links.length > 0, `${f.id}: a public source`);
      assert.ok(f.provenance.author, `${f.id}: provenance`);
      assert.ok(
        !f.partners.some((p) => /^[^(]*\)/.test(p) || /\([^)]*$/.test(p)),
        `${f.id}: unbroken partner names`,
      );
    }
  });

  test('every project is placed, within reach of one of its countries', () => {
    for (const f of facilities) {
      assert.ok(f.location, `${f.id}: location`);
      const centroids = f.countries.map(countryCentroid).filter((c) => c !== undefined);
      if (centroids.length === 0) continue;
      const km = Math.min(
        ...centroids.map((c) => geoDistance([f.location!.lon, f.location!.lat], c) * EARTH_KM),
      );
      // Generous enough for offshore fields and large countries; catches swapped or mistyped coordinates.
      assert.ok(km < 2500, `${f.id}: ${km.toFixed(0)} km from the centre of ${f.countries.join('/')}`);
    }
  });

  test('policy links name bundled policy records', () => {
    const policies = new Set(readdirSync(join(DATA_DIR, 'policies')).map((n) => n.replace(/\.md$/, '')));
    for (const f of facilities)
      for (const l of f.policyLinks) assert.ok(policies.has(l.policyId), `${f.id} → ${l.policyId}`);
  });
});

describe('bundled country profiles', () => {
  test('cover at least 25 jurisdictions, each summarised in three languages', () => {
    assert.ok(countries.length >= 25, `${countries.length} profiles`);
    for (const c of countries) assert.ok(c.summary?.en && c.summary.zh && c.summary.ja, `${c.code}: summary`);
  });

  test('every pillar is written in three languages and cites the instrument it rests on', () => {
    for (const c of countries) {
      for (const name of REGULATORY_PILLARS) {
        const p = c.pillars[name];
        if (!p) continue;
        assert.ok(p.text.en && p.text.zh && p.text.ja, `${c.code}.${name}: text in en, zh and ja`);
        assert.ok(
          p.citation?.text && (p.citation.url || p.citation.documentId),
          `${c.code}.${name}: citation`,
        );
      }
    }
  });

  test('most profiles state all seven pillars', () => {
    const complete = countries.filter((c) => REGULATORY_PILLARS.every((p) => c.pillars[p]));
    assert.ok(complete.length >= 20, `${complete.length} complete: ${complete.map((c) => c.code).join(' ')}`);
  });

  test('a net-zero year is always cited', () => {
    for (const c of countries)
      if (c.netZeroYear)
        assert.ok(c.netZeroCitation?.text || c.netZeroCitation?.url, `${c.code}: net-zero citation`);
  });
});
