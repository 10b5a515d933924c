import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parseRecordMarkdown } from '../../src/ingest/record-markdown.ts';
import { policyToMarkdown } from '../../src/ingest/record-writer.ts';
import { buildPolicy } from '../helpers/factories.ts';
import { DATA_DIR, FIXTURES, SEED_000, SKIP_SHARED } from '../helpers/paths.ts';

const parse = (text: string, file = 'x.md') => {
  const result = parseRecordMarkdown(text, file);
  if (!result.ok) assert.fail(result.problems.map((p) => `${p.line}: ${p.field}: ${p.message}`).join('\n'));
  return result;
};

describe('reading seed 000 (block YAML, one language)', { skip: SKIP_SHARED }, () => {
  test('every field of the seed is held, in the file language', () => {
    const { value: p, lang } = parse(readFileSync(SEED_000, 'utf8'), SEED_000);
    assert.equal(lang, 'zh');
    assert.equal(p.id, 'jp-jogmec-advanced-ccs-2024');
    assert.equal(p.country, 'JP');
    assert.equal(p.year, 2024);
    assert.equal(p.status, 'Active');
    assert.equal(p.category, 'Incentive');
    assert.equal(p.pubDate, '2024-06-01');
    assert.equal(p.reviewStatus, 'verified');
    assert.equal(p.legalWeight, 'Administrative Regulation');
    assert.deepEqual(p.sectors, []);
    assert.equal(p.analysis.incentive?.score, 90);
    assert.equal(p.analysis.strategic?.label?.zh, '2030 目标引擎');
    assert.equal(p.analysis.market?.citation?.text, 'METI International Energy Strategy');
    assert.match(p.impactAnalysis.environmental!.zh!, /^作为日本 GX 战略的财政支柱/);
    assert.deepEqual(p.evolution.clusters, ['Japan GX Strategy', 'JOGMEC Carbon Management', 'Asia Zero Emission Community (AZEC)']);
    assert.deepEqual(p.evolution.supersedes, []);
    assert.equal(p.implementationDetails.fundingScale?.zh, '2024 单年预算约 35 亿日元，长期涉及数千亿日元金融支持');
    assert.deepEqual(p.relatedFacilities, []);
    assert.equal(p.url, 'https://www.jogmec.go.jp/english/news/release/news_10_00037.html');
    assert.equal(p.source, 'JOGMEC');
    assert.deepEqual(p.provenance, { author: 'Gemini Intelligence', reviewer: 'Human Audit Pending', lastAuditDate: '2026-02-08' });
    assert.equal(p.title.zh, '日本 JOGMEC 先进 CCS 项目资助计划 (2024)');
    assert.equal(p.title.en, undefined, 'a single-language file fills that language only');
    assert.equal(p.scope, 'National');
    assert.deepEqual(p.tags, { zh: ['JOGMEC资助', '商业化', '全价值链'] });
    assert.match(p.description!.zh!, /^## 政策概览\n\n日本独立行政法人/);
  });

  test('import → export → import gives the same record, field for field', () => {
    const first = parse(readFileSync(SEED_000, 'utf8')).value;
    const again = parse(policyToMarkdown(first)).value;
    assert.deepEqual(again, first);
  });

  test('the bundled record file holds the same data as the seed', () => {
    const seed = parse(readFileSync(SEED_000, 'utf8')).value;
    const bundled = parse(readFileSync(`${DATA_DIR}policies/jp-jogmec-advanced-ccs-2024.md`, 'utf8')).value;
    assert.deepEqual(bundled, seed);
  });
});

describe('reading flow-style YAML with quoted keys and CR line ends', () => {
  const text = readFileSync(`${FIXTURES}records/flow-style-cr.md`, 'utf8');

  test('maps aliases, snake_case keys and the body onto the model', () => {
    const { value: p, lang } = parse(text, 'flow-style-cr.md');
    assert.equal(lang, 'en');
    assert.equal(p.country, 'NO');
    assert.equal(p.category, 'Regulatory');
    assert.equal(p.regulatory.liabilityTransfer?.en, 'Transfer to the state after closure.');
    assert.equal(p.regulatory.co2Definition, undefined, 'empty strings are absent values');
    assert.equal(p.analysis.mrv?.auditNote, undefined);
    assert.deepEqual(p.relatedFacilities, ['101', '102']);
    assert.equal(p.provenance.reviewer, undefined);
    assert.equal(p.description?.en, '## Overview\n\nThe regulations govern exploration and storage permits for CO2 on the shelf.');
  });

  test('round trips losslessly', () => {
    const first = parse(text).value;
    assert.deepEqual(parse(policyToMarkdown(first)).value, first);
  });
});

describe('writing records', () => {
  test('a multi-language record keeps every language through a round trip', () => {
    const policy = buildPolicy({
      description: { en: 'English **overview**.', ja: '日本語の概要。', zh: '中文概述。' },
      tags: { en: ['storage'], ja: ['貯留'] },
      evolution: {
        supersedes: ['old-policy'],
        milestones: [{ date: '2024-05-17', event: { en: 'Enacted', ja: '成立' } }],
        effectiveApplicationWindow: { from: '2025-01-01', to: '2030-12-31' },
      },
      analysis: { mrv: { score: 40, citation: { text: 'Report 4-7', documentId: 'doc-a', anchor: '4-7' } } },
    });
    const markdown = policyToMarkdown(policy);
    assert.match(markdown, /<!-- lang: ja -->\n\n日本語の概要。/);
    assert.deepEqual(parse(markdown).value, policy);
  });

  test('Markdown bodies are not mistaken for YAML fences', () => {
    const policy = buildPolicy({ description: { en: 'Intro\n\n---\n\nAfter a rule.' } });
    assert.deepEqual(parse(policyToMarkdown(policy)).value, policy);
  });
});

describe('reporting problems', () => {
  const record = (lines: string[]) => `---\n${lines.join('\n')}\n---\n`;
  const base = ['id: bad-record', 'country: JP', 'status: Active', 'category: Incentive', 'title: A title'];

  const problemsOf = (text: string) => {
    const result = parseRecordMarkdown(text, 'bad.md');
    assert.equal(result.ok, false);
    return result.ok ? [] : result.problems;
  };

  test('a YAML syntax error gives its line', () => {
    const [problem] = problemsOf(record([...base, 'tags: [one, two', 'year: 2020']));
    assert.equal(problem!.file, 'bad.md');
    assert.match(problem!.message, /^YAML syntax error/);
    assert.ok(problem!.line! >= 7, `line ${problem!.line}`);
  });

  test('a score of 140 points at the score line', () => {
    const problems = problemsOf(record([...base, 'analysis:', '  mrv:', '    score: 140']));
    assert.deepEqual(problems, [{ file: 'bad.md', line: 9, field: 'analysis.mrv.score', message: 'score must be between 0 and 100' }]);
  });

  test('every problem is reported at once', () => {
    const problems = problemsOf(
      record(['id: Bad Id', 'country: JP', 'status: Actve', 'category: Incentive', 'title: x', 'pubDate: 2024/06/01']),
    );
    assert.deepEqual(
      problems.map((p) => [p.line, p.field]),
      [
        [2, 'id'],
        [4, 'status'],
        [7, 'pubDate'],
      ],
    );
    assert.match(problems[1]!.message, /did you mean "Active"/);
  });

  test('a file without front matter says so', () => {
    assert.match(problemsOf('# just markdown\n')[0]!.message, /missing YAML front matter/);
  });

  test('duplicate keys are YAML errors', () => {
    assert.match(problemsOf(record([...base, 'year: 2020', 'year: 2021']))[0]!.message, /YAML syntax error.*[Uu]nique|duplicate/i);
  });
});
