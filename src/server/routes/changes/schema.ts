import { resolveCountry } from '../../../domain/countries.ts';
import { policyCategory } from '../../../domain/policy-enums.ts';
import { closest } from '../../../domain/suggest.ts';

export const CHANGE_ENTITY_TYPES = ['policy', 'facility', 'country', 'document'] as const;
export type ChangeEntityType = (typeof CHANGE_ENTITY_TYPES)[number];

/** What the change log shows: every change, or one country's, one policy category's, or one record's. */
export interface ChangesQuery {
  country?: string;
  category?: string;
  type?: ChangeEntityType;
  id?: string;
}

const KNOWN = ['country', 'category', 'type', 'id'] as const;

/** Reads the change-log filters; anything unknown or invalid is reported by parameter name. */
export function parseChangesQuery(params: URLSearchParams): { ok: true; query: ChangesQuery } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const query: ChangesQuery = {};
  for (const key of new Set(params.keys())) {
    if (!(KNOWN as readonly string[]).includes(key)) {
      const hint = closest(key, KNOWN);
      problems.push(`${key}: unknown parameter${hint ? `; did you mean "${hint}"?` : ''}`);
    } else if (params.getAll(key).length > 1) problems.push(`${key}: given more than once`);
  }
  const country = params.get('country');
  if (country) {
    const code = resolveCountry(country);
    if (code) query.country = code;
    else problems.push(`country: unknown country "${country}"`);
  }
  const category = params.get('category');
  if (category) {
    const value = policyCategory.resolve(category);
    if (value) query.category = value;
    else problems.push(`category: ${policyCategory.unknownMessage(category)}`);
  }
  const type = params.get('type');
  if (type) {
    if ((CHANGE_ENTITY_TYPES as readonly string[]).includes(type)) query.type = type as ChangeEntityType;
    else problems.push(`type: must be one of ${CHANGE_ENTITY_TYPES.join(', ')}`);
  }
  const id = params.get('id');
  if (id) {
    if (!type) problems.push('id: give the record type too (type=policy, facility, country or document)');
    else if (id.length > 200 || !/^[A-Za-z0-9-]+$/.test(id)) problems.push('id: must be a record id');
    else query.id = id;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, query };
}
