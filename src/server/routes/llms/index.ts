import { Hono } from 'hono';
import { cachedSnapshot } from '../downloads/load.ts';
import { llmsTxt } from '../../../export/llms-txt.ts';
import type { Store } from '../../../store/store.ts';
import { requestOrigin } from '../../origin.ts';

/** `/llms.txt`: the guide for AI agents, with absolute links to this site. */
export function llmsRoutes(store: Store) {
  const app = new Hono();
  app.get('/llms.txt', async (c) => {
    const snapshot = await cachedSnapshot(store);
    const counts = { policies: snapshot.policies.length, facilities: snapshot.facilities.length, countries: snapshot.countries.length };
    c.header('content-type', 'text/plain; charset=utf-8');
    return c.body(llmsTxt({ origin: requestOrigin(c), info: snapshot.info, counts }));
  });
  return app;
}
