import { citationKind } from '../domain/citation.ts';
import { ANALYSIS_DIMENSIONS, type Policy } from '../domain/policy.ts';
import { toCsv } from './csv.ts';

export const POLICY_SCORE_COLUMNS = [
  'policy_id', 'dimension', 'score', 'label_en', 'evidence_en', 'citation_kind', 'citation_text', 'citation_url', 'document_id', 'anchor',
] as const;

/** One row per scored dimension: the score, its English label and evidence, and what it cites. */
export function policyScoresToCsv(policies: readonly Policy[]): string {
  const rows: unknown[][] = [];
  for (const p of policies) {
    for (const d of ANALYSIS_DIMENSIONS) {
      const dim = p.analysis[d];
      if (!dim) continue;
      const c = dim.citation;
      rows.push([p.id, d, dim.score, dim.label?.en, dim.evidence?.en, c ? citationKind(c) : 'none', c?.text, c?.url, c?.documentId, c?.anchor]);
    }
  }
  return toCsv(POLICY_SCORE_COLUMNS, rows);
}
