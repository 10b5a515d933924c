import { policyCategory } from '../../../domain/policy-enums.ts';
import { countryName } from '../../../domain/countries.ts';
import { type Lang, pickText } from '../../../domain/lang.ts';
import { type ChangeEntry, listChanges } from '../../../store/change-log.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { urls } from '../../urls.ts';
import type { ChangesQuery } from './schema.ts';

export const CHANGES_PAGE_LIMIT = 100;
export const FEED_LIMIT = 50;

/** One change as every face shows it. */
export interface ChangeItem extends ChangeEntry {
  /** The record's title in the page language (or the fallback), else its id. */
  displayTitle: string;
  /** Path of the record's page in the page language. */
  url: string;
  /** A permanent id of this change: the same revision always has the same id. */
  atomId: string;
}

export interface ChangesView {
  query: ChangesQuery;
  /** What the view is narrowed to, in words ("Japan", "Incentive", "policy jp-x"), or undefined for everything. */
  scope: string | undefined;
  items: ChangeItem[];
  /** Countries the dataset holds records for, for the filter. */
  countries: string[];
}

/** The page of a record of any type. */
export function entityUrl(entityType: string, entityId: string, lang: Lang): string {
  if (entityType === 'policy') return urls.policy(entityId, lang);
  if (entityType === 'facility') return urls.facility(entityId, lang);
  if (entityType === 'country') return urls.country(entityId, lang);
  if (entityType === 'document') return urls.document(entityId, lang);
  return urls.home(lang);
}

/** The permanent id of a revision: entity type, id and version never change once written. */
export const changeAtomId = (e: Pick<ChangeEntry, 'entityType' | 'entityId' | 'version'>) =>
  `urn:ccus-atlas:change:${e.entityType}:${e.entityId}:${e.version}`;

export function describeScope(query: ChangesQuery, lang: Lang): string | undefined {
  const t = translator(lang);
  const parts: string[] = [];
  if (query.country) parts.push(countryName(query.country, lang));
  if (query.category) parts.push(policyCategory.label(query.category as never, lang));
  if (query.type) parts.push(query.id ? `${t(`changes.type.${query.type}`)} ${query.id}` : t(`changes.type.${query.type}`));
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/** Everything the change log shows, in any format. */
export async function loadChanges(store: Store, query: ChangesQuery, lang: Lang, limit = CHANGES_PAGE_LIMIT): Promise<ChangesView> {
  const entries = await listChanges(store, { country: query.country, category: query.category, entityType: query.type, entityId: query.id }, limit);
  const [profiles, policyCountries] = await Promise.all([
    store.countries.list(),
    store.db.selectFrom('policies').select('country').distinct().execute(),
  ]);
  return {
    query,
    scope: describeScope(query, lang),
    countries: [...new Set([...profiles.map((p) => p.code), ...policyCountries.map((r) => r.country)])].sort(),
    items: entries.map((e) => ({
      ...e,
      displayTitle: pickText(e.title, lang)?.value ?? e.entityId,
      url: entityUrl(e.entityType, e.entityId, lang),
      atomId: changeAtomId(e),
    })),
  };
}
