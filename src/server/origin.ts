import type { Context } from 'hono';

/**
 * The origin a request was made to (`https://atlas.example.org`), for absolute links in feeds and
 * documents read outside the site. Behind a proxy, `X-Forwarded-Proto`/`X-Forwarded-Host` win.
 */
export function requestOrigin(c: Context): string {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() || url.protocol.replace(/:$/, '');
  const host = c.req.header('x-forwarded-host')?.split(',')[0]?.trim() || c.req.header('host') || url.host;
  const safeProto = proto === 'https' ? 'https' : 'http';
  const safeHost = /^[A-Za-z0-9.-]+(?::\d{1,5})?$|^\[[0-9A-Fa-f:]+\](?::\d{1,5})?$/.test(host) ? host : url.host;
  return `${safeProto}://${safeHost}`;
}
