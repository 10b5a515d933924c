import { Hono } from 'hono';
import type { Store } from '../../store/store.ts';
import { changesRoutes } from './changes/index.tsx';
import { downloadRoutes } from './downloads/index.tsx';
import { llmsRoutes } from './llms/index.ts';
import { qualityRoutes } from './quality/index.tsx';

/** The pages and files that open the data up: quality, downloads, the change log and its feeds, llms.txt. */
export function openDataRoutes(store: Store) {
  const app = new Hono();
  app.route('/', qualityRoutes(store));
  app.route('/', downloadRoutes(store));
  app.route('/', changesRoutes(store));
  app.route('/', llmsRoutes(store));
  return app;
}
