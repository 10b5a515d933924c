import assert from 'node:assert/strict';
import { test } from 'node:test';
import { citationCoverage, citedShare } from '../../../src/analysis/audits/citation-coverage.ts';
import { emptyAuditContext, runAudits, failsAt, summarizeFindings } from '../../../src/analysis/audits/index.ts';
import { misplacedLanguage } from '../../../src/analysis/audits/mixed-language.ts';
import { type Facility, facilitySchema } from '../../../src/domain/facility.ts';
import { buildPolicy } from '../../helpers/factories.ts';

const facility = (overrides: Record<string, unknown>): Facility =>
  facilitySchema.parse({ id: 'f-1', name: { en: 'Test Capture' }, countries: ['NO'], type: 'capture', status: 'planned', ...overrides });

const only = (check: string, context: Parameters<typeof runAudits>[0]) => runAudits(context, [check]);

test('referential integrity: a missing passage is an error; missing documents, policies and facilities are warnings', () => {
  const policy = buildPolicy({
    id: 'no-a',
    evolution: { supersedes: ['no-gone'], supersededBy: ['no-b'] },
    relatedFacilities: ['nowhere'],
    relatedDocuments: ['no-doc'],
    analysis: {
      statutory: { score: 70, evidence: { en: 'Section 3 requires a permit.' }, citation: { documentId: 'no-act', anchor: '9-9' } },
      mrv: { score: 60, evidence: { en: 'Annual reports.' }, citation: { documentId: 'no-missing', anchor: '1' } },
    },
  });
  const successor = buildPolicy({ id: 'no-b', title: { en: 'Successor' } });
  const findings = only('referential-integrity', emptyAuditContext({ policies: [policy, successor], documents: [{ id: 'no-act', anchors: new Set(['1', '1.p1']) }] }));
  const got = findings.map((f) => `${f.severity} ${f.entityId} ${f.field}`).sort();
  assert.deepEqual(got, [
    'error no-a analysis.statutory.citation.anchor',
    'info no-a evolution.supersededBy.0',
    'warning no-a analysis.mrv.citation.documentId',
    'warning no-a evolution.supersedes.0',
    'warning no-a relatedDocuments.0',
    'warning no-a relatedFacilities.0',
  ]);
});

test('citation coverage counts passages, documents, external sources and nothing', () => {
  const policies = [
    buildPolicy({
      analysis: {
        statutory: { score: 70, citation: { documentId: 'd', anchor: '4-4.2' } },
        market: { score: 50, citation: { documentId: 'd' } },
        mrv: { score: 40, citation: { url: 'https://example.org/act' } },
        incentive: { score: 10 },
      },
    }),
  ];
  const coverage = citationCoverage(policies);
  assert.deepEqual(coverage, { scores: 4, passage: 1, document: 1, external: 1, none: 1 });
  assert.equal(citedShare(coverage), 0.75);
  const findings = only('citation-coverage', emptyAuditContext({ policies }));
  assert.deepEqual(findings.map((f) => f.field), ['analysis.incentive.citation']);
});

test('mixed language: Chinese in an English field, Latin-only text in a Japanese field, Japanese in a Chinese field', () => {
  assert.equal(misplacedLanguage('澳大利亚议会通过了海上温室气体封存安全条例', 'en'), 'zh');
  assert.equal(misplacedLanguage('The Act on Carbon Dioxide Storage Business (二酸化炭素の貯留事業に関する法律) took effect in 2024', 'en'), undefined, 'an English text may quote a title');
  assert.equal(misplacedLanguage('Baseline strategic alignment', 'ja'), 'en');
  assert.equal(misplacedLanguage('CCS', 'zh'), undefined, 'an acronym alone is fine');
  assert.equal(misplacedLanguage('二酸化炭素の貯留事業に関する法律', 'zh'), 'ja');
  assert.equal(misplacedLanguage('二氧化碳封存事业法', 'zh'), undefined);
  const policy = buildPolicy({ id: 'au-x', title: { en: '澳大利亚海上温室气体封存安全条例', zh: '澳大利亚海上温室气体封存安全条例' } });
  const findings = only('mixed-language', emptyAuditContext({ policies: [policy] }));
  assert.deepEqual(findings.map((f) => `${f.field}: ${f.message.split(':')[0]}`), ['title.en: Chinese text in the English field']);
});

test('stale audits: older than the threshold is a warning, never audited is info', () => {
  const old = buildPolicy({ id: 'old', provenance: { lastAuditDate: '2024-01-01' } });
  const fresh = buildPolicy({ id: 'fresh', provenance: { lastAuditDate: '2026-10-01' } });
  const never = buildPolicy({ id: 'never' });
  const findings = only('stale-audits', emptyAuditContext({ policies: [old, fresh, never], today: '2026-11-27', staleAfterDays: 365 }));
  assert.deepEqual(findings.map((f) => `${f.severity} ${f.entityId}`), ['warning old', 'info never']);
  assert.match(findings[0]!.message, /1061 days ago/);
});

test('enum drift: an alias stored raw is a warning, an unknown value an error', () => {
  const policy = { ...buildPolicy({ id: 'drift' }), status: '现行', category: 'Vibes' } as unknown as ReturnType<typeof buildPolicy>;
  const findings = only('enum-drift', emptyAuditContext({ policies: [policy] }));
  assert.deepEqual(findings.map((f) => `${f.severity} ${f.field}`), ['error category', 'warning status']);
  assert.match(findings[1]!.message, /"现行" is an alias of the status "Active"/);
});

test('duplicate entities: two names for Korea, two policies with one title, two facilities with one name', () => {
  const a = buildPolicy({ id: 'kr-a', country: 'KR', title: { en: 'Korea CCUS Act' } });
  const b = buildPolicy({ id: 'kr-b', country: 'KR', title: { en: 'Korea  CCUS act.' } });
  const findings = only(
    'duplicate-entities',
    emptyAuditContext({
      policies: [a, b],
      facilities: [facility({ id: 'f-1', name: { en: 'Longship' } }), facility({ id: 'f-2', name: { en: 'LONGSHIP' } })],
      countrySpellings: [
        { code: 'KR', spelling: 'Korea', entityType: 'country', entityId: 'Korea' },
        { code: 'KR', spelling: 'South Korea', entityType: 'country', entityId: 'South Korea' },
        { code: 'KR', spelling: 'korea', entityType: 'policy', entityId: 'kr-a' },
      ],
    }),
  );
  assert.deepEqual(findings.map((f) => `${f.entityType}:${f.entityId} ${f.field}`), ['country:South Korea country', 'facility:f-2 name', 'policy:kr-b title.en']);
  assert.match(findings[0]!.message, /two names for one country \(KR, South Korea\)/);
});

test('facility sanity: 0,0, years out of order and capacity outliers', () => {
  const facilities = [
    facility({ id: 'zero', location: { lat: 0, lon: 0, precision: 'exact' } }),
    facility({ id: 'years', dates: { announcementYear: 2024, fidYear: 2022, operationYear: 2020 } }),
    facility({ id: 'huge', capacity: { estimatedMt: 400 } }),
    facility({ id: 'fine', capacity: { estimatedMt: 1.5 }, dates: { announcementYear: 2019, fidYear: 2021, operationYear: 2024 }, location: { lat: 60.5, lon: 4.9, precision: 'exact' } }),
  ];
  const findings = only('facility-sanity', emptyAuditContext({ facilities }));
  assert.deepEqual(findings.map((f) => `${f.severity} ${f.entityId} ${f.field}`), [
    'error years dates.fidYear',
    'error years dates.operationYear',
    'error zero location',
    'warning huge capacity',
  ]);
});

test('summaries count by severity and check; --fail-on thresholds', () => {
  const findings = runAudits(emptyAuditContext({ policies: [buildPolicy({ analysis: { mrv: { score: 10 } } })] }));
  const summary = summarizeFindings(findings);
  assert.equal(summary.bySeverity.error, 0);
  assert.ok(summary.bySeverity.warning >= 2);
  assert.equal(failsAt(findings, 'error'), false);
  assert.equal(failsAt(findings, 'warning'), true);
});
