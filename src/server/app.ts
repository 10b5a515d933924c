import { Hono } from 'hono';
import type { Store } from '../store/store.ts';
import { assetRoutes } from './assets.ts';
import { requestLanguage } from './lang.ts';
import { notFound } from './render.tsx';
import { apiRoutes } from './routes/api/index.ts';
import { facilityRoutes } from './routes/facilities/index.tsx';
import { documentRoutes } from './routes/documents/index.tsx';
import { glossaryRoutes } from './routes/glossary/index.tsx';
import { homeRoutes } from './routes/home/index.tsx';
import { policyRoutes } from './routes/policies/index.tsx';
import { searchRoutes } from './routes/search/index.tsx';

/** The whole HTTP application over a store. */
export function createApp(store: Store) {
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
  app.get('/healthz', async (c) => c.json({ status: 'ok', policies: await store.policies.count() }));
  app.route('/assets', assetRoutes());
  app.route('/api', apiRoutes(store));
  app.route('/', homeRoutes(store));
  app.route('/', policyRoutes(store));
  app.route('/', facilityRoutes(store));
  app.route('/', searchRoutes(store));
  app.route('/', documentRoutes(store));
  app.route('/', glossaryRoutes());
  app.notFound((c) => notFound(c, requestLanguage(c)));
  app.onError((error, c) => {
    console.error(error);
    return c.text('internal error', 500);
  });
  return app;
}
