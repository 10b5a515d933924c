import { z } from 'zod';
import { SEARCH_FILTER_KEYS } from '../../../search/query.ts';

/** Passages on a page of results unless `limit` says otherwise. */
export const SEARCH_PAGE_SIZE = 20;

/** /search parameters: `q`, a page size and page, and filters that may also be written inside `q` (`country:JP`). */
export const searchParamsSchema = z
  .object({
    q: z.string().max(500, { error: 'q is limited to 500 characters' }).default(''),
    limit: z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be between 1 and 100' })
      .max(100, { error: 'must be between 1 and 100' })
      .default(SEARCH_PAGE_SIZE),
    page: z.coerce
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: 'must be between 1 and 500 (results are ranked within the best 500 matches)' })
      .max(500, { error: 'must be between 1 and 500 (results are ranked within the best 500 matches)' })
      .default(1),
  })
  .strict();
export type SearchParams = z.infer<typeof searchParamsSchema>;

/** Parses the query string; filter parameters (`?country=JP`) are folded into `q` as `country:JP`. */
export function parseSearchParams(
  params: URLSearchParams,
): { ok: true; q: string; limit: number; page: number } | { ok: false; problems: string[] } {
  const plain: Record<string, string> = {};
  const extra: string[] = [];
  const problems: string[] = [];
  for (const [key, value] of params) {
    if ((SEARCH_FILTER_KEYS as readonly string[]).includes(key)) extra.push(`${key}:${value}`);
    else if (key === 'q' || key === 'limit' || key === 'page') plain[key] = value;
    else problems.push(`unknown parameter "${key}"`);
  }
  const parsed = searchParamsSchema.safeParse(plain);
  if (!parsed.success) problems.push(...parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  return {
    ok: true,
    q: [parsed.data.q, ...extra].join(' ').trim(),
    limit: parsed.data.limit,
    page: parsed.data.page,
  };
}

/** The query string of a search: `q`, filter parameters, and the page size and page when not the defaults. */
export function searchQueryString(
  q: string,
  options: { filters?: Record<string, string[]>; limit?: number; page?: number } = {},
): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [key, values] of Object.entries(options.filters ?? {})) for (const v of values) params.append(key, v);
  if (options.limit && options.limit !== SEARCH_PAGE_SIZE) params.set('limit', String(options.limit));
  if (options.page && options.page > 1) params.set('page', String(options.page));
  const text = params.toString();
  return text ? `?${text}` : '';
}
