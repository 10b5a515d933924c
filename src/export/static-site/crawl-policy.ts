/** Query parameters that narrow a list; a static page is made for each single value of one of them. */
const FILTER_KEYS = new Set([
  'country',
  'year',
  'status',
  'category',
  'legalWeight',
  'reviewStatus',
  'region',
  'type',
  'sector',
  'fate',
  'lang',
  'document',
]);

/**
 * Which URLs the static export renders. Every path without a query is rendered; list pages also
 * with one filter value and with their page numbers. Combinations of filters, sorting, text
 * queries and simulator runs need a server and are left to the live site (links to them are
 * dropped; the static search replaces text queries).
 */
export function shouldExport(url: string): boolean {
  const parsed = new URL(url, 'http://site.invalid');
  const keys = [...parsed.searchParams.keys()];
  if (keys.length === 0) return true;
  if (/\.(json|csv|md|geojson)$/.test(parsed.pathname)) return false;
  if (!/^\/(zh|en|ja)\/(policies|facilities|documents)$/.test(parsed.pathname)) return false;
  const filters = keys.filter((k) => FILTER_KEYS.has(k));
  const others = keys.filter((k) => !FILTER_KEYS.has(k));
  if (others.some((k) => k !== 'page')) return false;
  if (filters.length > 1 || parsed.searchParams.getAll(filters[0] ?? '').length > 1) return false;
  return true;
}
