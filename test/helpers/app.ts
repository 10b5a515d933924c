import { createApp } from '../../src/server/app.ts';
import { memoryStore } from './store.ts';

/** The HTTP app over an in-memory store holding the bundled dataset. */
export async function bundledApp() {
  const store = await memoryStore({ bundle: true });
  const app = createApp(store);
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  return { app, store, get };
}
