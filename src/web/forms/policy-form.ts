import type { DomainEnum } from '../../domain/enum.ts';
import { LANGS } from '../../domain/lang.ts';
import {
  legalWeight,
  policyCategory,
  policyScope,
  policyStatus,
  reviewStatus,
  sector,
} from '../../domain/policy-enums.ts';
import {
  ANALYSIS_DIMENSIONS,
  IMPACT_AREAS,
  IMPLEMENTATION_FIELDS,
  type Policy,
  REGULATORY_PILLARS,
} from '../../domain/policy.ts';
import type { MessageKey } from '../i18n/index.ts';
import { getPath, setPath } from './dotted-path.ts';
import { commaList, lineList, numberValue, rawValue } from './form-values.ts';

/** How a field is entered: one line, a paragraph, a choice, a comma list, lines, or milestones. */
export type FieldKind =
  'text' | 'textarea' | 'number' | 'date' | 'url' | 'select' | 'commas' | 'lines' | 'milestones' | 'checks';

export interface FormField {
  /** Dotted path into the record, also the input's name. */
  name: string;
  kind: FieldKind;
  label: { key: MessageKey; suffix?: string };
  options?: DomainEnum<string>;
  required?: boolean;
}

export interface FormSection {
  legend: { key: MessageKey; suffix?: string };
  fields: FormField[];
}

const perLang = (base: string, kind: FieldKind, key: MessageKey): FormField[] =>
  LANGS.map((lang) => ({ name: `${base}.${lang}`, kind, label: { key, suffix: lang } }));

/** The policy editor: every field of the record, grouped as the record page shows them. */
export const POLICY_FORM: FormSection[] = [
  {
    legend: { key: 'policy.facts' },
    fields: [
      ...perLang('title', 'text', 'col.title'),
      { name: 'country', kind: 'text', label: { key: 'field.country' }, required: true },
      { name: 'year', kind: 'number', label: { key: 'field.year' } },
      {
        name: 'status',
        kind: 'select',
        label: { key: 'field.status' },
        options: policyStatus as DomainEnum<string>,
        required: true,
      },
      {
        name: 'category',
        kind: 'select',
        label: { key: 'field.category' },
        options: policyCategory as DomainEnum<string>,
        required: true,
      },
      {
        name: 'legalWeight',
        kind: 'select',
        label: { key: 'field.legalWeight' },
        options: legalWeight as DomainEnum<string>,
      },
      {
        name: 'scope',
        kind: 'select',
        label: { key: 'field.scope' },
        options: policyScope as DomainEnum<string>,
      },
      { name: 'pubDate', kind: 'date', label: { key: 'field.pubDate' } },
      {
        name: 'sectors',
        kind: 'checks',
        label: { key: 'field.sectors' },
        options: sector as DomainEnum<string>,
      },
      ...perLang('tags', 'commas', 'field.tags'),
      { name: 'source', kind: 'text', label: { key: 'field.source' } },
      { name: 'url', kind: 'url', label: { key: 'field.url' } },
      { name: 'relatedDocuments', kind: 'commas', label: { key: 'field.relatedDocuments' } },
      { name: 'relatedFacilities', kind: 'commas', label: { key: 'field.relatedFacilities' } },
    ],
  },
  { legend: { key: 'policy.overview' }, fields: perLang('description', 'textarea', 'policy.overview') },
  ...ANALYSIS_DIMENSIONS.map((d): FormSection => ({
    legend: { key: 'policy.analysis', suffix: d },
    fields: [
      { name: `analysis.${d}.score`, kind: 'number', label: { key: 'policy.score' } },
      ...perLang(`analysis.${d}.label`, 'text', 'edit.dimensionLabel'),
      ...perLang(`analysis.${d}.evidence`, 'textarea', 'policy.evidence'),
      { name: `analysis.${d}.citation.text`, kind: 'text', label: { key: 'edit.citation.text' } },
      { name: `analysis.${d}.citation.documentId`, kind: 'text', label: { key: 'edit.citation.documentId' } },
      { name: `analysis.${d}.citation.anchor`, kind: 'text', label: { key: 'edit.citation.anchor' } },
      { name: `analysis.${d}.citation.url`, kind: 'url', label: { key: 'edit.citation.url' } },
      ...perLang(`analysis.${d}.auditNote`, 'text', 'policy.auditNote'),
    ],
  })),
  {
    legend: { key: 'policy.impact' },
    fields: IMPACT_AREAS.flatMap((a) => perLang(`impactAnalysis.${a}`, 'textarea', `impact.${a}`)),
  },
  {
    legend: { key: 'policy.interpretation' },
    fields: perLang('interpretation', 'textarea', 'policy.interpretation'),
  },
  {
    legend: { key: 'policy.evolution' },
    fields: [
      { name: 'evolution.supersedes', kind: 'commas', label: { key: 'evolution.supersedes' } },
      { name: 'evolution.supersededBy', kind: 'commas', label: { key: 'evolution.supersededBy' } },
      { name: 'evolution.consolidatedFrom', kind: 'commas', label: { key: 'evolution.consolidatedFrom' } },
      { name: 'evolution.clusters', kind: 'lines', label: { key: 'evolution.clusters' } },
      { name: 'evolution.milestones', kind: 'milestones', label: { key: 'evolution.milestones' } },
      {
        name: 'evolution.currentConsolidatedVersion',
        kind: 'text',
        label: { key: 'evolution.currentConsolidatedVersion' },
      },
      {
        name: 'evolution.effectiveApplicationWindow.from',
        kind: 'date',
        label: { key: 'evolution.effectiveApplicationWindow' },
      },
      {
        name: 'evolution.effectiveApplicationWindow.to',
        kind: 'date',
        label: { key: 'evolution.effectiveApplicationWindow' },
      },
      {
        name: 'evolution.sourcePublicationDate',
        kind: 'date',
        label: { key: 'evolution.sourcePublicationDate' },
      },
    ],
  },
  {
    legend: { key: 'policy.implementation' },
    fields: IMPLEMENTATION_FIELDS.flatMap((f) =>
      perLang(`implementationDetails.${f}`, 'textarea', `implementation.${f}`),
    ),
  },
  {
    legend: { key: 'policy.regulatory' },
    fields: REGULATORY_PILLARS.flatMap((p) => perLang(`regulatory.${p}`, 'textarea', `pillar.${p}`)),
  },
  { legend: { key: 'field.scopeNote' }, fields: perLang('scopeNote', 'textarea', 'field.scopeNote') },
  {
    legend: { key: 'provenance.reviewStatus' },
    fields: [
      {
        name: 'reviewStatus',
        kind: 'select',
        label: { key: 'provenance.reviewStatus' },
        options: reviewStatus as DomainEnum<string>,
      },
    ],
  },
];

const FIELDS = POLICY_FORM.flatMap((s) => s.fields);

/** The form's text values for a record (what the inputs show). */
export function policyToForm(policy: Policy | undefined): Record<string, string> {
  const values: Record<string, string> = { id: policy?.id ?? '' };
  for (const field of FIELDS) {
    const value = policy ? getPath(policy, field.name) : undefined;
    if (value === undefined || value === null) continue;
    if (field.kind === 'commas') values[field.name] = (value as string[]).join(', ');
    else if (field.kind === 'lines' || field.kind === 'checks')
      values[field.name] = (value as string[]).join('\n');
    else if (field.kind === 'milestones') {
      values[field.name] = (value as { date: string; event: Record<string, string> }[])
        .map((m) => `${m.date} ${m.event.en ?? m.event.ja ?? m.event.zh ?? ''}`)
        .join('\n');
    } else values[field.name] = String(value);
  }
  return values;
}

/**
 * Turns submitted form values into a record input for the policy schema: empty inputs are absent,
 * lists are split, numbers parsed. Milestone events keep their other languages from `base`.
 */
export function formToPolicyInput(form: Record<string, string>, base?: Policy): Record<string, unknown> {
  const input: Record<string, unknown> = { id: (form.id ?? '').trim() };
  for (const field of FIELDS) {
    const raw = rawValue(form, field.name);
    if (raw === '') continue;
    if (field.kind === 'number') setPath(input, field.name, numberValue(raw));
    else if (field.kind === 'commas') setPath(input, field.name, commaList(raw));
    else if (field.kind === 'lines' || field.kind === 'checks') setPath(input, field.name, lineList(raw));
    else if (field.kind === 'milestones') {
      const previous = base?.evolution.milestones ?? [];
      setPath(
        input,
        field.name,
        raw
          .split('\n')
          .filter((l) => l.trim())
          .map((line) => {
            const [date = '', ...rest] = line.trim().split(/\s+/);
            const text = rest.join(' ');
            const known = previous.find((m) => m.date === date);
            return { date, event: { ...(known?.event ?? {}), en: text } };
          }),
      );
    } else setPath(input, field.name, raw);
  }
  // Dimensions without a score are not part of the analysis; a lone citation needs a score to go with it.
  const analysis = input.analysis as Record<string, Record<string, unknown>> | undefined;
  for (const d of ANALYSIS_DIMENSIONS) {
    const dim = analysis?.[d];
    if (dim && dim.score === undefined && Object.keys(dim).length === 0) delete analysis![d];
  }
  if (base) input.provenance = base.provenance;
  return input;
}

/** Maps a validation issue's path to the input that holds it (`tags.en.0` → `tags.en`). */
export function fieldForIssue(path: readonly PropertyKey[]): string {
  const names = new Set(FIELDS.map((f) => f.name));
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (names.has(candidate) || candidate === 'id') return candidate;
  }
  return parts.join('.');
}
