import type { Citation } from '../../domain/citation.ts';
import { REGULATORY_PILLARS } from '../../domain/policy.ts';
import { ANALYSIS_DIMENSIONS } from '../../domain/policy.ts';
import type { AuditContext, AuditEntityType } from './finding.ts';

/** A citation somewhere in the dataset, with the record and field that hold it. */
export interface PlacedCitation {
  entityType: AuditEntityType;
  entityId: string;
  field: string;
  citation: Citation;
}

/** Every structured citation in the context: policy scores, facility evidence links, country profiles. */
export function allCitations(context: AuditContext): PlacedCitation[] {
  const out: PlacedCitation[] = [];
  for (const p of context.policies) {
    for (const d of ANALYSIS_DIMENSIONS) {
      const citation = p.analysis[d]?.citation;
      if (citation) out.push({ entityType: 'policy', entityId: p.id, field: `analysis.${d}.citation`, citation });
    }
  }
  for (const f of context.facilities) {
    f.policyLinks.forEach((link, i) => {
      if (link.evidence) out.push({ entityType: 'facility', entityId: f.id, field: `policyLinks.${i}.evidence`, citation: link.evidence });
    });
  }
  for (const c of context.countries) {
    if (c.netZeroCitation) out.push({ entityType: 'country', entityId: c.code, field: 'netZeroCitation', citation: c.netZeroCitation });
    c.storageTargets.forEach((target, i) => {
      if (target.citation) out.push({ entityType: 'country', entityId: c.code, field: `storageTargets.${i}.citation`, citation: target.citation });
    });
    for (const pillar of REGULATORY_PILLARS) {
      const citation = c.pillars[pillar]?.citation;
      if (citation) out.push({ entityType: 'country', entityId: c.code, field: `pillars.${pillar}.citation`, citation });
    }
  }
  return out;
}
