import type { AuditCheck, Finding } from './finding.ts';
import { allCitations } from './citations.ts';

const EVOLUTION_LINKS = ['supersedes', 'supersededBy', 'consolidatedFrom'] as const;
const INVERSE = { supersedes: 'supersededBy', supersededBy: 'supersedes' } as const;

/**
 * Links that point at nothing: evolution links and related facilities/documents naming records the
 * dataset does not hold, and citations whose document or passage anchor is missing. A citation
 * naming a passage its stored document does not have is an error (the evidence cannot be shown);
 * a link to a policy, facility or document not (yet) in the Atlas is a warning. A one-sided supersedes/supersededBy pair is info.
 */
export const referentialIntegrity: AuditCheck = {
  id: 'referential-integrity',
  description: 'Links and citations that point at records, documents or passages the dataset does not hold.',
  run(context) {
    const findings: Finding[] = [];
    const policies = new Map(context.policies.map((p) => [p.id, p]));
    const facilities = new Set(context.facilities.map((f) => f.id));
    const documents = new Map(context.documents.map((d) => [d.id, d]));
    for (const p of context.policies) {
      for (const key of EVOLUTION_LINKS) {
        p.evolution[key].forEach((id, i) => {
          const field = `evolution.${key}.${i}`;
          const target = policies.get(id);
          if (!target) {
            findings.push({
              check: this.id, severity: 'warning', entityType: 'policy', entityId: p.id, field,
              message: `${key} names "${id}", which is not a policy in the dataset`,
              fix: `add the record "${id}" or correct the id in evolution.${key}`,
            });
            return;
          }
          if (key === 'consolidatedFrom') return;
          const inverse = INVERSE[key];
          if (!target.evolution[inverse].includes(p.id)) {
            findings.push({
              check: this.id, severity: 'info', entityType: 'policy', entityId: p.id, field,
              message: `${key} names "${id}", but "${id}" does not list "${p.id}" in evolution.${inverse}`,
              fix: `add "${p.id}" to evolution.${inverse} of "${id}"`,
            });
          }
        });
      }
      p.relatedFacilities.forEach((id, i) => {
        if (!facilities.has(id)) {
          findings.push({
            check: this.id, severity: 'warning', entityType: 'policy', entityId: p.id, field: `relatedFacilities.${i}`,
            message: `related facility "${id}" is not in the dataset`,
            fix: `import the facility "${id}" or correct the id`,
          });
        }
      });
      p.relatedDocuments.forEach((id, i) => {
        if (!documents.has(id)) {
          findings.push({
            check: this.id, severity: 'warning', entityType: 'policy', entityId: p.id, field: `relatedDocuments.${i}`,
            message: `related document "${id}" is not in the dataset`,
            fix: `import the document "${id}" or correct the id`,
          });
        }
      });
    }
    for (const f of context.facilities) {
      f.policyLinks.forEach((link, i) => {
        if (!policies.has(link.policyId)) {
          findings.push({
            check: this.id, severity: 'warning', entityType: 'facility', entityId: f.id, field: `policyLinks.${i}.policyId`,
            message: `linked policy "${link.policyId}" is not in the dataset`,
            fix: `add the policy "${link.policyId}" or remove the link`,
          });
        }
      });
    }
    for (const placed of allCitations(context)) {
      const { citation } = placed;
      if (!citation.documentId) continue;
      const document = documents.get(citation.documentId);
      if (!document) {
        findings.push({
          check: this.id, severity: 'warning', entityType: placed.entityType, entityId: placed.entityId, field: `${placed.field}.documentId`,
          message: `the citation names document "${citation.documentId}", which is not stored`,
          fix: `import the document "${citation.documentId}" (ccus-atlas import) or correct documentId`,
        });
      } else if (citation.anchor && !document.anchors.has(citation.anchor)) {
        findings.push({
          check: this.id, severity: 'error', entityType: placed.entityType, entityId: placed.entityId, field: `${placed.field}.anchor`,
          message: `document "${citation.documentId}" has no passage or section "${citation.anchor}"`,
          fix: `use an anchor the document has (see its reader page), or re-import the document if its numbering changed`,
        });
      }
    }
    return findings;
  },
};
