import { citationKind } from '../../domain/citation.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../../domain/policy.ts';
import type { AuditCheck, Finding } from './finding.ts';

/** How the scores of a set of policies are backed. */
export interface CitationCoverage {
  /** Scored dimensions counted. */
  scores: number;
  /** Citing a stored passage (documentId + anchor). */
  passage: number;
  /** Citing a stored document without a passage anchor. */
  document: number;
  /** Citing only an outside source (text or URL). */
  external: number;
  /** Citing nothing. */
  none: number;
}

/**
 * Counts how the scored dimensions of `policies` cite their source. Shares are `passage / scores`
 * and so on; with no scores every count is 0.
 *
 * ### Example
 * Two policies with three scores: one citing passage `4-4.2` of a stored document, one citing a
 * URL, one with no citation → `{scores: 3, passage: 1, document: 0, external: 1, none: 1}`.
 */
export function citationCoverage(policies: readonly Policy[]): CitationCoverage {
  const coverage: CitationCoverage = { scores: 0, passage: 0, document: 0, external: 0, none: 0 };
  for (const p of policies) {
    for (const d of ANALYSIS_DIMENSIONS) {
      const dim = p.analysis[d];
      if (!dim) continue;
      coverage.scores++;
      coverage[dim.citation ? citationKind(dim.citation) : 'none']++;
    }
  }
  return coverage;
}

/** Share of scores citing anything, 0–1 (1 when nothing is scored). */
export const citedShare = (c: CitationCoverage) => (c.scores === 0 ? 1 : (c.scores - c.none) / c.scores);

/** Findings of one record: each score that cites nothing. */
export function uncitedFindings(p: Policy, check = 'citation-coverage'): Finding[] {
  return ANALYSIS_DIMENSIONS.filter((d) => p.analysis[d] && !p.analysis[d]!.citation).map((d) => ({
    check,
    severity: 'warning' as const,
    entityType: 'policy' as const,
    entityId: p.id,
    field: `analysis.${d}.citation`,
    message: `the ${d} score cites no source`,
    fix: 'cite the passage behind the score (documentId + anchor), or at least the source text and URL',
  }));
}

/** Scores that cite nothing (a warning each); the shares themselves are figures on the quality page. */
export const citationCoverageCheck: AuditCheck = {
  id: 'citation-coverage',
  description: 'Scores that cite no source: neither a stored passage nor an external reference.',
  run(context) {
    return context.policies.flatMap((p) => uncitedFindings(p, this.id));
  },
};
