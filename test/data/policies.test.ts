import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { hasNamedReviewer } from '../../src/domain/common.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../../src/domain/policy.ts';
import { readRecordFiles } from '../../src/ingest/record-files.ts';
import { DATA_DIR } from '../helpers/paths.ts';

/** Records written by the project itself; imported seed records keep their original form. */
const TEAM = 'CCUS Atlas team';
/**
 * The seed record is bundled exactly as received, as the reference for lossless import and export; it claims
 * "verified" with a placeholder reviewer, which the pages show as unreviewed. No other record may do this.
 */
const SEED_RECORDS = new Set(['jp-jogmec-advanced-ccs-2024']);

let policies: Policy[] = [];
before(async () => {
  const { records, problems } = await readRecordFiles([join(DATA_DIR, 'policies')]);
  assert.deepEqual(problems, [], 'every bundled policy record validates');
  policies = records.map((r) => r.policy);
});

const team = () => policies.filter((p) => p.provenance.author === TEAM);

describe('bundled policy dataset', () => {
  test('holds at least 40 policy records across at least 15 jurisdictions', () => {
    assert.ok(policies.length >= 40, `${policies.length} records`);
    assert.ok(new Set(policies.map((p) => p.country)).size >= 15);
  });

  test('every record written by the team has English and Japanese titles and descriptions', () => {
    for (const p of team()) {
      assert.ok(p.title.en && p.title.ja, `${p.id}: title in en and ja`);
      assert.ok(p.description?.en && p.description?.ja, `${p.id}: description in en and ja`);
    }
  });

  test('every team record scores all five dimensions with a label, evidence and a cited source', () => {
    for (const p of team()) {
      for (const dim of ANALYSIS_DIMENSIONS) {
        const d = p.analysis[dim];
        assert.ok(d, `${p.id}: ${dim} is scored`);
        assert.equal(d.score % 5, 0, `${p.id}: ${dim} score is a step of 5 (docs/scoring-rubric.md)`);
        assert.ok(d.label?.en && d.label?.ja, `${p.id}: ${dim} label in en and ja`);
        assert.ok(d.evidence?.en && d.evidence?.ja, `${p.id}: ${dim} evidence in en and ja`);
        const c = d.citation;
        assert.ok(c?.text && (c.url || c.documentId), `${p.id}: ${dim} citation names the source and links it`);
      }
    }
  });

  test('no two dimensions of a record rest on the same evidence sentence', () => {
    for (const p of policies) {
      for (const lang of ['en', 'ja', 'zh'] as const) {
        const sentences = ANALYSIS_DIMENSIONS.map((dim) => p.analysis[dim]?.evidence?.[lang]).filter(Boolean);
        assert.equal(new Set(sentences).size, sentences.length, `${p.id}: repeated ${lang} evidence`);
      }
    }
  });

  test('no record claims a review that did not happen', () => {
    for (const p of policies) {
      if (SEED_RECORDS.has(p.id)) continue;
      if (p.reviewStatus === 'verified') assert.ok(hasNamedReviewer(p.provenance), `${p.id}: verified needs a reviewer`);
    }
    for (const p of team()) {
      assert.equal(p.reviewStatus, 'draft', `${p.id}: team records stay draft until reviewed`);
      assert.equal(p.provenance.reviewer, undefined, `${p.id}: no reviewer is named before a review`);
    }
  });

  test('evolution links point at bundled records and agree in both directions', () => {
    const byId = new Map(policies.map((p) => [p.id, p]));
    for (const p of policies) {
      for (const next of p.evolution.supersededBy) {
        assert.ok(byId.get(next)?.evolution.supersedes.includes(p.id), `${next} supersedes ${p.id}`);
      }
      for (const prev of p.evolution.supersedes) {
        assert.ok(byId.get(prev)?.evolution.supersededBy.includes(p.id), `${prev} is superseded by ${p.id}`);
      }
    }
  });
});
