import type { PolicyListView } from '../routes/policies/load.ts';
import { urls } from '../urls.ts';

/** A policy list page as JSON: the page of summaries, paging, the query it answers and its facets. */
export function presentPolicyList(view: PolicyListView, nextUrl: (page: number) => string) {
  return {
    total: view.total,
    page: view.query.page,
    pageSize: view.query.pageSize,
    pages: view.pages,
    query: view.query,
    items: view.items,
    facets: view.facets,
    next: view.query.page < view.pages ? nextUrl(view.query.page + 1) : null,
  };
}

export const apiNextUrl = (view: PolicyListView) => (page: number) => urls.apiPolicies({ ...view.query, page });
