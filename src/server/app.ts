import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { csrf } from 'hono/csrf';
import { HTTPException } from 'hono/http-exception';
import type { Store } from '../store/store.ts';
import { assetRoutes } from './assets.ts';
import { authenticate } from './auth.ts';
import { limitBody } from './body-limit.ts';
import { requestLanguage } from './lang.ts';
import { notFound } from './render.tsx';
import { accountRoutes } from './routes/account/index.tsx';
import { adminRoutes } from './routes/admin/index.tsx';
import { apiRoutes } from './routes/api/index.ts';
import { openApiRoutes } from './routes/openapi/index.ts';
import { openDataRoutes } from './routes/open-data.ts';
import { analyticsRoutes } from './routes/analytics/index.tsx';
import { compareRoutes } from './routes/compare/index.tsx';
import { countryRoutes } from './routes/countries/index.tsx';
import { facilityRoutes } from './routes/facilities/index.tsx';
import { documentRoutes } from './routes/documents/index.tsx';
import { glossaryRoutes } from './routes/glossary/index.tsx';
import { homeRoutes } from './routes/home/index.tsx';
import { policyEditRoutes } from './routes/policies/edit.tsx';
import { recordEditRoutes } from './routes/records/edit.tsx';
import { policyRoutes } from './routes/policies/index.tsx';
import { searchRoutes } from './routes/search/index.tsx';
import { simulatorRoutes } from './routes/simulator/index.tsx';
import { reviewRoutes } from './routes/review/index.tsx';

export interface AppOptions {
  /**
   * A read-only site (the static export): no sign-in, no editing or review pages, and no links to
   * them; every page is the same for every visitor.
   */
  readOnly?: boolean;
}

/** The whole HTTP application over a store. */
export function createApp(store: Store, options: AppOptions = {}) {
  const app = new Hono();
  app.use(async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
    c.header('referrer-policy', 'strict-origin-when-cross-origin');
    if (c.res.headers.get('content-type')?.startsWith('text/html')) {
      c.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
      );
    }
  });
  // A NUL byte has no business in a URL (and PostgreSQL refuses it in text): refuse it up front.
  app.use(async (c, next) => {
    if (/%00/.test(c.req.url)) return c.text('bad request: NUL byte in the address', 400);
    await next();
  });
  app.get('/healthz', async (c) => c.json({ status: 'ok', policies: await store.policies.count() }));
  app.route('/assets', assetRoutes());
  app.use(contextStorage());
  // Forms may only be posted from this site; request bodies are limited in size.
  app.use(
    csrf({
      origin: (origin, c) => {
        try {
          return (
            new URL(origin).host ===
            (c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host)
          );
        } catch {
          return false;
        }
      },
    }),
  );
  app.use(limitBody(2 * 1024 * 1024));
  if (options.readOnly) {
    app.use(async (c, next) => {
      c.set('readOnly', true);
      c.set('csrf', '');
      await next();
    });
  } else app.use(authenticate(store));
  app.route('/api', openApiRoutes());
  app.route('/api', apiRoutes(store));
  app.route('/', homeRoutes(store));
  if (!options.readOnly) {
    app.route('/', accountRoutes(store));
    app.route('/', adminRoutes(store));
    app.route('/', reviewRoutes(store));
    app.route('/', policyEditRoutes(store));
    app.route('/', recordEditRoutes(store));
  }
  app.route('/', policyRoutes(store));
  app.route('/', searchRoutes(store));
  app.route('/', documentRoutes(store));
  app.route('/', glossaryRoutes());
  app.route('/', simulatorRoutes());
  app.route('/', facilityRoutes(store));
  app.route('/', openDataRoutes(store));
  app.route('/', countryRoutes(store));
  app.route('/', analyticsRoutes(store));
  app.route('/', compareRoutes(store));
  app.notFound((c) => notFound(c, requestLanguage(c)));
  app.onError((error, c) => {
    if (error instanceof HTTPException) return error.getResponse();
    console.error(error);
    return c.text('internal error', 500);
  });
  return app;
}
