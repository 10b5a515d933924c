import { resolveCountry } from '../domain/countries.ts';
import type { Problem } from '../domain/problem.ts';
import { ANALYSIS_DIMENSIONS, type Policy, type PolicyInput, policySchema } from '../domain/policy.ts';
import { legalWeight, policyCategory, policyStatus } from '../domain/policy-enums.ts';
import { type HubCoercion, type HubRead, hubRecords, localized, NOT_A_REVIEWER, text } from './hub-json.ts';
import { stripUndefined } from './iea-xlsx.ts';

/** Predecessor category labels with no counterpart of the same name. */
const CATEGORIES: Record<string, string> = { Statutory: 'Regulatory' };

/**
 * Maps the predecessor's `policies.json` onto policy records. Statuses, categories and legal weights are
 * read through the enums' aliases in any language; a legal weight with no counterpart is dropped; a
 * "verified" review status without a named human reviewer becomes "draft". Every such change is reported.
 */
export function readHubPolicies(data: unknown, file: string): HubRead<Policy> {
  const records = hubRecords(data) ?? [];
  const values: Policy[] = [];
  const problems: Problem[] = [];
  const coercions: HubCoercion[] = [];
  for (const [index, r] of records.entries()) {
    const record = String(r.id ?? `#${index + 1}`);
    const note = (field: string, value: unknown, message: string) =>
      coercions.push({ record, field, value, message });
    const fail = (field: string, message: string) =>
      problems.push({
        file,
        field: `records[${index}].${field}`,
        message: `record ${record}: ${message}; skipped`,
      });
    const i18n = (r.i18n ?? {}) as Record<string, Record<string, unknown>>;
    const en = i18n.en ?? {};
    const zh = i18n.zh ?? {};
    const country = resolveCountry(String(r.country ?? ''));
    if (!country) {
      fail('country', `unknown country "${String(r.country)}"`);
      continue;
    }
    const status = policyStatus.resolve(String(r.status ?? ''));
    if (!status) {
      fail('status', policyStatus.unknownMessage(r.status));
      continue;
    }
    if (status !== r.status) note('status', r.status, `read as ${status}`);
    const rawCategory = String(r.category ?? '');
    const category = policyCategory.resolve(rawCategory) ?? CATEGORIES[rawCategory];
    if (!category) {
      fail('category', policyCategory.unknownMessage(r.category));
      continue;
    }
    if (category !== rawCategory) note('category', rawCategory, `read as ${category}`);
    const rawWeight = text(r.legal_weight);
    const weight = rawWeight ? legalWeight.resolve(rawWeight) : undefined;
    if (rawWeight && !weight) note('legal_weight', rawWeight, 'no matching legal weight; left empty');
    else if (rawWeight && weight !== rawWeight) note('legal_weight', rawWeight, `read as ${weight}`);
    const reviewer = text(r.provenance_reviewer);
    const named = reviewer !== undefined && !NOT_A_REVIEWER.test(reviewer);
    let review = String(r.review_status ?? 'draft');
    if (review === 'verified' && !named) {
      note('review_status', review, 'claimed verified without a named reviewer; stored as draft');
      review = 'draft';
    }
    if (review === 'None' || review === 'null') review = 'draft';
    const analysis: Record<string, unknown> = {};
    for (const d of ANALYSIS_DIMENSIONS) {
      const a = (r.analysis as Record<string, Record<string, unknown>> | null)?.[d];
      if (!a || typeof a.score !== 'number') continue;
      const citation = text(a.citation);
      analysis[d] = {
        score: Math.round(a.score),
        label: text(a.label) ? { en: text(a.label) } : undefined,
        evidence: localized({ en: a.evidence }, note, `analysis.${d}.evidence`),
        citation: citation ? { text: citation } : undefined,
      };
    }
    const tags = (v: unknown) =>
      Array.isArray(v) ? v.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : undefined;
    const url = text(r.url);
    const input: PolicyInput = {
      id: record,
      country,
      year: typeof r.year === 'number' ? r.year : undefined,
      status,
      category: category as PolicyInput['category'],
      legalWeight: weight,
      pubDate: text(r.pub_date),
      reviewStatus: review as PolicyInput['reviewStatus'],
      title: localized({ en: en.title, zh: zh.title }, note, 'title') ?? {},
      description: localized({ en: en.description, zh: zh.description }, note, 'description'),
      scopeNote: localized({ en: en.scope, zh: zh.scope }, note, 'scope'),
      tags: { en: tags(en.tags), zh: tags(zh.tags) },
      analysis: analysis as PolicyInput['analysis'],
      url: url && URL.canParse(url) ? url : undefined,
      source: text(r.source),
      provenance: {
        author: text(r.provenance_author),
        reviewer: named ? reviewer : undefined,
        lastAuditDate: text(r.provenance_last_audit_date),
      },
    };
    if (url && !URL.canParse(url)) note('url', url, 'not a web address; dropped');
    const parsed = policySchema.safeParse(stripUndefined(input));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) fail(issue.path.join('.'), issue.message);
      continue;
    }
    values.push(parsed.data);
  }
  return { kind: 'policies', values, problems, coercions };
}
