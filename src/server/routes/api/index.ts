import { Hono } from 'hono';
import type { Store } from '../../../store/store.ts';
import { requestLanguage } from '../../lang.ts';
import { presentPolicy } from '../../presenters/policy.ts';
import { apiNextUrl, presentPolicyList } from '../../presenters/policy-list.ts';
import { jsonError, notModified, recordEtag } from '../../render.tsx';
import { loadPolicyList } from '../policies/load.ts';
import { parsePolicyQuery } from '../policies/schema.ts';
import { documentApiRoutes } from './documents.ts';
import { draftApiRoutes } from './drafts.ts';
import { facilityApiRoutes } from './facilities.ts';
import { simulateApiRoutes } from '../simulator/api.ts';

/** The JSON API: the same presenters as the pages' `.json` twins. */
export function apiRoutes(store: Store) {
  const app = new Hono();
  app.get('/', (c) =>
    c.json({
      name: 'CCUS Atlas API',
      endpoints: {
        policies: {
          href: '/api/policies',
          description:
            'Policy list; filters country, year, status, category, legalWeight, reviewStatus, q; sort; page; pageSize',
        },
        policy: { href: '/api/policies/{id}', description: 'One policy record with every field' },
        facilities: {
          href: '/api/facilities',
          description:
            'CCUS facilities with counted facets, capacity totals and map markers; filters country, region, status, type, sector, fate, q; sort; page; pageSize',
        },
        facility: {
          href: '/api/facilities/{id}',
          description: 'One facility: the record, its capacity by the one rule, and its policy links',
        },
        countries: { href: '/api/countries', description: 'Country profiles with deployment and governance figures' },
        country: {
          href: '/api/countries/{code}',
          description: 'One country: the seven regulatory pillars, governance index, deployment and policies',
        },
        search: {
          href: '/api/search?q={query}',
          description:
            'Passages of source documents and policy/facility records; words, "phrases", -exclusions, filters type, doc, country, lang, level (in q or as parameters); glossary terms searched in zh/en/ja; limit 1-100',
        },
        documents: { href: '/api/documents', description: 'Source documents with their metadata and sizes' },
        document: {
          href: '/api/documents/{id}',
          description: 'One source document: metadata, the section outline and every passage',
        },
        passage: {
          href: '/api/documents/{id}/passages/{anchor}',
          description: 'One passage (4-4.2.p1), or a section with its passages (4-4.2)',
        },
        glossary: { href: '/api/glossary', description: 'The CCS glossary: concepts with ja, zh and en terms' },
        health: { href: '/healthz', description: 'Liveness and record count' },
        simulate: {
          href: 'POST /api/simulate',
          description:
            "Run a support-scheme scenario (JSON or YAML body, at most 256 KB); answers the simulator page's .json twin",
        },
        proposeChange: {
          href: 'PUT /api/policies/{id}',
          description:
            'Propose a new version (write token): {record, baseVersion, reason}; answers 202 with the draft',
        },
        drafts: {
          href: '/api/drafts',
          description: 'Pending drafts (reviewers); POST /api/drafts/{id}/approve or /reject with {comment}',
        },
      },
    }),
  );
  app.get('/policies', async (c) => {
    const parsed = parsePolicyQuery(new URL(c.req.url).searchParams);
    if (!parsed.ok) return jsonError(c, 400, 'invalid query parameters', parsed.problems);
    const view = await loadPolicyList(store, parsed.query, requestLanguage(c));
    return c.json(presentPolicyList(view, apiNextUrl(view)));
  });
  app.get('/policies/:id', async (c) => {
    const stored = await store.policies.get(c.req.param('id'));
    if (stored && notModified(c, recordEtag('policy', stored.policy.id, stored.version, 'api')))
      return c.body(null, 304);
    return stored
      ? c.json(presentPolicy(stored))
      : jsonError(c, 404, `no policy with id "${c.req.param('id')}"`);
  });
  app.route('/', documentApiRoutes(store));
  app.route('/', facilityApiRoutes(store));
  app.route('/', draftApiRoutes(store));
  app.route('/', simulateApiRoutes());
  app.notFound((c) => jsonError(c, 404, 'no such API endpoint'));
  return app;
}
