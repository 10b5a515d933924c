import { type CitationCoverage, citationCoverage } from '../../../analysis/audits/citation-coverage.ts';
import {
  AUDIT_CHECKS,
  type Finding,
  type FindingSummary,
  penalty,
  qualityGrade,
  type QualityGrade,
  runAudits,
  summarizeFindings,
} from '../../../analysis/audits/index.ts';
import { type QualityTrendPoint, qualityTrend } from '../../../analysis/audits/trend.ts';
import { hasNamedReviewer } from '../../../domain/common.ts';
import { countryNames } from '../../../domain/countries.ts';
import { type Lang, type LocalizedText, pickText } from '../../../domain/lang.ts';
import { loadAuditContext } from '../../../store/audit-context.ts';
import { changesPerMonth, policyRevisionHistory } from '../../../store/change-log.ts';
import type { Store } from '../../../store/store.ts';
import { entityUrl } from '../changes/load.ts';

export const WORST_LIMIT = 15;

export interface WorstRecord {
  entityType: string;
  entityId: string;
  title: string;
  url: string;
  penalty: number;
  errors: number;
  warnings: number;
  first: Finding;
}

/** What the quality page shows, in any format. */
export interface QualityView {
  auditedAt: string;
  counts: { policies: number; facilities: number; countries: number; documents: number };
  summary: FindingSummary;
  coverage: CitationCoverage;
  grades: Record<QualityGrade, number>;
  reviewed: { verified: number; total: number };
  checks: { id: string; description: string; counts: FindingSummary['byCheck'][string] }[];
  trend: (QualityTrendPoint & { allChanges: number })[];
  worst: WorstRecord[];
  findings: Finding[];
}

/** Runs every audit over the store and gathers the figures, the trend over revisions and the worst records. */
export async function loadQualityPage(store: Store, lang: Lang, today?: string): Promise<QualityView> {
  const context = await loadAuditContext(store, { today });
  const findings = runAudits(context);
  const byEntity = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = `${f.entityType}\u0000${f.entityId}`;
    byEntity.set(key, [...(byEntity.get(key) ?? []), f]);
  }
  const grades: Record<QualityGrade, number> = { good: 0, fair: 0, poor: 0 };
  for (const p of context.policies) grades[qualityGrade(byEntity.get(`policy\u0000${p.id}`) ?? [])]++;
  const titles = new Map<string, LocalizedText | undefined>([
    ...context.policies.map((p) => [`policy\u0000${p.id}`, p.title] as const),
    ...context.facilities.map((f) => [`facility\u0000${f.id}`, f.name] as const),
    ...context.countries.map((c) => [`country\u0000${c.code}`, countryNames(c.code)] as const),
  ]);
  const worst = [...byEntity]
    .map(([key, own]) => ({ key, own: own.filter((f) => f.severity !== 'info') }))
    .filter(({ own }) => own.length > 0)
    .map(({ key, own }): WorstRecord => {
      const first = own[0]!;
      return {
        entityType: first.entityType,
        entityId: first.entityId,
        title: pickText(titles.get(key), lang)?.value ?? first.entityId,
        url: entityUrl(first.entityType, first.entityId, lang),
        penalty: penalty(own),
        errors: own.filter((f) => f.severity === 'error').length,
        warnings: own.filter((f) => f.severity === 'warning').length,
        first,
      };
    })
    .sort((a, b) => b.penalty - a.penalty || a.entityId.localeCompare(b.entityId))
    .slice(0, WORST_LIMIT);
  const summary = summarizeFindings(findings);
  const [history, perMonth] = await Promise.all([policyRevisionHistory(store), changesPerMonth(store)]);
  const allChanges = new Map(perMonth.map((m) => [m.month, m.count]));
  return {
    auditedAt: context.today,
    counts: { policies: context.policies.length, facilities: context.facilities.length, countries: context.countries.length, documents: context.documents.length },
    summary,
    coverage: citationCoverage(context.policies),
    grades,
    reviewed: { verified: context.policies.filter((p) => p.reviewStatus === 'verified' && hasNamedReviewer(p.provenance)).length, total: context.policies.length },
    checks: AUDIT_CHECKS.map((c) => ({ id: c.id, description: c.description, counts: summary.byCheck[c.id]! })),
    trend: qualityTrend(history).map((point) => ({ ...point, allChanges: allChanges.get(point.month) ?? point.changes })),
    worst,
    findings,
  };
}
