import type { Lang } from '../domain/lang.ts';
import { POLICY_FILTER_KEYS, type PolicyQuery, defaultPolicyQuery } from '../domain/policy-query.ts';
import type { FacilityQuery } from '../domain/facility-query.ts';
import { facilityQueryString, plainQueryString } from './routes/facilities/schema.ts';
import { searchQueryString } from './routes/search/schema.ts';

export type PageFormat = 'html' | 'json' | 'csv' | 'md';

const suffix = (format: PageFormat | undefined) => (format && format !== 'html' ? `.${format}` : '');

/** The query string of a policy list view: only what differs from the defaults, in a stable order. */
export function policyQueryString(query: Partial<PolicyQuery>): string {
  const defaults = defaultPolicyQuery();
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const key of POLICY_FILTER_KEYS) for (const value of query[key] ?? []) params.append(key, value);
  if (query.sort && query.sort !== defaults.sort) params.set('sort', query.sort);
  if (query.pageSize && query.pageSize !== defaults.pageSize) params.set('pageSize', String(query.pageSize));
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The one place that builds the product's URLs. Templates, redirects and twins all call it. */
export const urls = {
  home: (lang: Lang) => `/${lang}/`,
  policies: (lang: Lang | undefined, query: Partial<PolicyQuery> = {}, format?: PageFormat) =>
    `${lang ? `/${lang}` : ''}/policies${suffix(format)}${policyQueryString(query)}`,
  policy: (id: string, lang: Lang | undefined, format?: PageFormat) =>
    `${lang ? `/${lang}` : ''}/policies/${encodeURIComponent(id)}${suffix(format)}`,
  apiPolicies: (query: Partial<PolicyQuery> = {}) => `/api/policies${policyQueryString(query)}`,
  apiPolicy: (id: string) => `/api/policies/${encodeURIComponent(id)}`,
  apiFacilities: (query: Partial<FacilityQuery> = {}) => `/api/facilities${facilityQueryString(query)}`,
  facilities: (lang: Lang | undefined, query: Partial<FacilityQuery> = {}, format?: 'json' | 'csv' | 'geojson') =>
    `${lang ? `/${lang}` : ''}/facilities${format ? `.${format}` : ''}${facilityQueryString(query)}`,
  facility: (id: string, lang: Lang | undefined, format?: 'json' | 'csv') =>
    `${lang ? `/${lang}` : ''}/facilities/${encodeURIComponent(id)}${format ? `.${format}` : ''}`,
  countries: (lang: Lang | undefined, format?: 'json' | 'csv') => `${lang ? `/${lang}` : ''}/countries${format ? `.${format}` : ''}`,
  country: (code: string, lang: Lang | undefined, format?: 'json' | 'csv') =>
    `${lang ? `/${lang}` : ''}/countries/${encodeURIComponent(code)}${format ? `.${format}` : ''}`,
  analyticsCapacity: (lang: Lang | undefined, query: Record<string, string | readonly string[]> = {}, format?: 'json' | 'csv') =>
    `${lang ? `/${lang}` : ''}/analytics/capacity${format ? `.${format}` : ''}${plainQueryString(query)}`,
  compare: (lang: Lang | undefined, query: Record<string, string | readonly string[]> = {}, format?: 'json' | 'csv') =>
    `${lang ? `/${lang}` : ''}/compare${format ? `.${format}` : ''}${plainQueryString(query)}`,
  methodology: (lang: Lang | undefined) => `${lang ? `/${lang}` : ''}/methodology`,
  quality: (lang: Lang | undefined, format?: 'json') => `${lang ? `/${lang}` : ''}/quality${format ? `.${format}` : ''}`,
  downloads: (lang: Lang | undefined, format?: 'json') => `${lang ? `/${lang}` : ''}/downloads${format ? `.${format}` : ''}`,
  /** A file of the open-data export (`data/policies.csv`); `bom` adds the byte-order mark Excel needs. */
  download: (path: string, options: { bom?: boolean } = {}) =>
    `/downloads/${path.split('/').map(encodeURIComponent).join('/')}${options.bom ? '?bom=1' : ''}`,
  /** The change log or its twins (`.json`, `.atom` feed), filtered by country, category or one record. */
  changes: (lang: Lang | undefined, filter: { country?: string; category?: string; type?: string; id?: string } = {}, format?: 'json' | 'atom') => {
    const params = new URLSearchParams();
    for (const key of ['country', 'category', 'type', 'id'] as const) if (filter[key]) params.set(key, filter[key]);
    const text = params.toString();
    return `${lang ? `/${lang}` : ''}/changes${format ? `.${format}` : ''}${text ? `?${text}` : ''}`;
  },
  openApi: () => '/api/openapi.json',
  llmsTxt: () => '/llms.txt',
  asset: (name: string) => `/assets/${name}`,
  /** The simulator page or its twin; `query` is the page's own query string, which reproduces the run. */
  simulator: (lang: Lang | undefined, query: URLSearchParams | string = '', format?: PageFormat) =>
    `${lang ? `/${lang}` : ''}/simulator${suffix(format)}${String(query).replace(/^\?/, '').replace(/^(?=.)/, '?')}`,
  apiSimulate: () => '/api/simulate',
  search: (
    lang: Lang | undefined,
    q: string,
    format?: 'json',
    options: Parameters<typeof searchQueryString>[1] = {},
  ) => `${lang ? `/${lang}` : ''}/search${format ? `.${format}` : ''}${searchQueryString(q, options)}`,
  apiSearch: (q: string, options: { limit?: number; page?: number } = {}) => `/api/search${searchQueryString(q, options)}`,
  documents: (lang: Lang | undefined, format?: 'json') => `${lang ? `/${lang}` : ''}/documents${format ? `.${format}` : ''}`,
  document: (id: string, lang: Lang | undefined, format?: 'json') =>
    `${lang ? `/${lang}` : ''}/documents/${encodeURIComponent(id)}${format ? `.${format}` : ''}`,
  /**
   * A passage or section of a document: in the reader (`/ja/documents/<id>?hl=…#4-4.2`, the search
   * that led there highlighted) or as JSON (`/documents/<id>/passages/4-4.2.json`).
   */
  documentPassage: (id: string, anchor: string, lang: Lang | undefined, highlight?: string, format?: 'json') =>
    format === 'json'
      ? `/documents/${encodeURIComponent(id)}/passages/${encodeURIComponent(anchor)}.json`
      : `${lang ? `/${lang}` : ''}/documents/${encodeURIComponent(id)}${highlight ? `?hl=${encodeURIComponent(highlight)}` : ''}#${encodeURIComponent(anchor)}`,
  glossary: (lang: Lang | undefined, format?: 'json') => `${lang ? `/${lang}` : ''}/glossary${format ? `.${format}` : ''}`,
  signIn: (lang: Lang, next?: string) => `/${lang}/signin${next ? `?next=${encodeURIComponent(next)}` : ''}`,
  signOut: (lang: Lang) => `/${lang}/signout`,
  account: (lang: Lang) => `/${lang}/account`,
  accountTokens: (lang: Lang) => `/${lang}/account/tokens`,
  revokeToken: (lang: Lang, id: string) => `/${lang}/account/tokens/${encodeURIComponent(id)}/revoke`,
  reviewQueue: (lang: Lang) => `/${lang}/review`,
  adminUsers: (lang: Lang) => `/${lang}/admin/users`,
  adminUserRole: (lang: Lang, id: string) => `/${lang}/admin/users/${encodeURIComponent(id)}/role`,
  draft: (lang: Lang, id: string, action?: 'approve' | 'reject') =>
    `/${lang}/review/${encodeURIComponent(id)}${action ? `/${action}` : ''}`,
  editPolicy: (id: string, lang: Lang) => `/${lang}/policies/${encodeURIComponent(id)}/edit`,
  newPolicy: (lang: Lang) => `/${lang}/policies/new`,
  policyHistory: (id: string, lang: Lang) => `/${lang}/policies/${encodeURIComponent(id)}/history`,
  restoreRevision: (id: string, lang: Lang, version: number) =>
    `/${lang}/policies/${encodeURIComponent(id)}/history/${version}/restore`,
  /** The same page in another language: swaps the language prefix of a path. */
  switchLanguage: (path: string, lang: Lang) => path.replace(/^\/(zh|en|ja)(?=\/|$)/, `/${lang}`),
};
