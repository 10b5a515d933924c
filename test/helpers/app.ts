import { createApp } from '../../src/server/app.ts';
import { memoryStore } from './store.ts';

/** The HTTP app over an in-memory store holding the bundled dataset (or the dataset in `dataDir`). */
export async function bundledApp(dataDir?: string) {
  const store = await memoryStore({ bundle: true, dataDir });
  const app = createApp(store);
  const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
  return { app, store, get };
}
