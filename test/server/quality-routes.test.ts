import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { qualityTrend } from '../../src/analysis/audits/trend.ts';
import { bundledApp } from '../helpers/app.ts';
import { buildPolicy } from '../helpers/factories.ts';

const placeholder = (id: string) =>
  buildPolicy({
    id,
    title: { en: `Placeholder record ${id}` },
    analysis: {
      strategic: { score: 30, label: { en: 'Initial Assessment' }, evidence: { en: 'Baseline strategic alignment under V5.0 migration.' } },
      market: { score: 30, evidence: { en: 'Baseline strategic alignment under V5.0 migration.' } },
    },
  });

describe('/quality', () => {
  test('shows figures, checks, trend and the worst records with links, in each language', async () => {
    const { get, store } = await bundledApp();
    await store.policies.save(placeholder('xx-placeholder'), { author: 't', reason: 'test' });
    const html = await (await get('/en/quality')).text();
    assert.match(html, /<h1>Data quality<\/h1>/);
    assert.match(html, /data-figure="records">52 policies/);
    assert.match(html, /<tr data-check="placeholder-evidence"><td>Placeholder evidence/);
    assert.match(html, /<tr data-record="policy:xx-placeholder"><td><small>Policy<\/small> <a href="\/en\/policies\/xx-placeholder">Placeholder record xx-placeholder<\/a>/);
    assert.match(await (await get('/zh/quality')).text(), /<h1>数据质量<\/h1>/);
    assert.match(await (await get('/ja/quality')).text(), /<h1>データ品質<\/h1>/);
  });

  test('the .json twin carries the same figures and every finding', async () => {
    const { get, store } = await bundledApp();
    await store.policies.save(placeholder('xx-placeholder'), { author: 't', reason: 'test' });
    const view = await (await get('/quality.json')).json();
    assert.equal(view.counts.policies, 52);
    assert.equal(view.grades.poor, 1);
    assert.equal(view.worst[0].entityId, 'xx-placeholder');
    assert.equal(view.summary.total, view.findings.length);
    assert.ok(view.findings.some((f: { check: string; entityId: string }) => f.check === 'placeholder-evidence' && f.entityId === 'xx-placeholder'));
    assert.equal(view.coverage.scores, view.coverage.passage + view.coverage.document + view.coverage.external + view.coverage.none);
  });

  test('the trend replays revisions month by month', async () => {
    const bad = placeholder('xx-trend');
    const fixed = buildPolicy({ id: 'xx-trend', analysis: { statutory: { score: 60, evidence: { en: 'Section 3 requires a permit.' }, citation: { text: 'Act s. 3' } } } });
    const trend = qualityTrend([
      { createdAt: '2026-01-10T00:00:00Z', entityId: 'xx-trend', after: bad },
      { createdAt: '2026-03-02T00:00:00Z', entityId: 'xx-trend', after: fixed },
      { createdAt: '2026-03-05T00:00:00Z', entityId: 'xx-other', after: buildPolicy({ id: 'xx-other' }) },
      { createdAt: '2026-04-01T00:00:00Z', entityId: 'xx-other', after: null },
    ]);
    assert.deepEqual(
      trend.map((p) => [p.month, p.records, p.errors, p.changes]),
      [
        ['2026-01', 1, 4, 1],
        ['2026-03', 2, 0, 2],
        ['2026-04', 1, 0, 1],
      ],
    );
    assert.equal(trend[0]!.citedShare, 0);
    assert.equal(trend[1]!.citedShare, 1);
  });

  test('a policy page carries a quality badge: poor with its findings for placeholder evidence, good otherwise', async () => {
    const { get, store } = await bundledApp();
    await store.policies.save(placeholder('xx-placeholder'), { author: 't', reason: 'test' });
    const bad = await (await get('/ja/policies/xx-placeholder')).text();
    assert.match(bad, /<details class="quality-badge grade-poor" data-grade="poor" data-findings="\d+">/);
    assert.match(bad, /data-field="analysis.strategic.evidence.en"/);
    assert.match(bad, /データ品質: 不十分/);
    const good = await (await get('/en/policies/jp-ccs-business-act-2024')).text();
    assert.match(good, /data-grade="good"/);
    assert.match(good, /href="\/en\/quality"/);
  });
});
