import { Hono } from 'hono';
import { openApiDocument } from '../../openapi/document.ts';
import { requestOrigin } from '../../origin.ts';

let cached: { origin: string; text: string } | undefined;

/** `GET /api/openapi.json`: the OpenAPI 3.1 document, its server URL the origin it was asked from. */
export function openApiRoutes() {
  const app = new Hono();
  app.get('/openapi.json', (c) => {
    const origin = requestOrigin(c);
    if (cached?.origin !== origin) cached = { origin, text: JSON.stringify(openApiDocument(origin)) };
    c.header('content-type', 'application/json; charset=utf-8');
    c.header('cache-control', 'public, max-age=300');
    return c.body(cached.text);
  });
  return app;
}
