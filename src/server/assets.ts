import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Hono } from 'hono';

const ASSETS: Record<string, { type: string; file: URL }> = {
  'atlas.css': { type: 'text/css; charset=utf-8', file: new URL('../web/assets/atlas.css', import.meta.url) },
  'favicon.svg': { type: 'image/svg+xml', file: new URL('../web/assets/favicon.svg', import.meta.url) },
  'passage-picker.js': { type: 'text/javascript; charset=utf-8', file: new URL('../web/assets/passage-picker.js', import.meta.url) },
  'static-search.js': { type: 'text/javascript; charset=utf-8', file: new URL('../web/assets/static-search.js', import.meta.url) },
  'facility-map.js': { type: 'text/javascript; charset=utf-8', file: new URL('../web/assets/facility-map.js', import.meta.url) },
  'simulator.js': { type: 'text/javascript; charset=utf-8', file: new URL('../web/assets/simulator.js', import.meta.url) },
};

/** Static assets, read once at start-up, served with an ETag and a day of caching. */
export function assetRoutes() {
  const app = new Hono();
  const loaded = new Map(
    Object.entries(ASSETS).map(([name, a]) => {
      const body = readFileSync(a.file);
      return [name, { ...a, body, etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"` }];
    }),
  );
  app.get('/:name', (c) => {
    const asset = loaded.get(c.req.param('name'));
    if (!asset) return c.text('not found', 404);
    c.header('etag', asset.etag);
    c.header('cache-control', 'public, max-age=86400');
    if (c.req.header('if-none-match') === asset.etag) return c.body(null, 304);
    c.header('content-type', asset.type);
    return c.body(asset.body);
  });
  return app;
}
