import type { Context, MiddlewareHandler } from 'hono';

/**
 * Refuses request bodies larger than `maxBytes` with 413. A declared Content-Length is checked
 * before anything is read; a body of unknown length (chunked) is counted as it streams and
 * abandoned as soon as it passes the limit.
 */
export function limitBody(
  maxBytes: number,
  onTooLarge?: (c: Context) => Response | Promise<Response>,
): MiddlewareHandler {
  return async (c, next) => {
    const raw = c.req.raw;
    if (!raw.body || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const tooLarge = () =>
      onTooLarge
        ? onTooLarge(c)
        : c.text(`request body too large (limit ${Math.round(maxBytes / 1024)} KB)`, 413);
    const declared = c.req.header('content-length');
    if (declared !== undefined) {
      if (!/^\d+$/.test(declared) || Number(declared) > maxBytes) return tooLarge();
      return next();
    }
    const reader = raw.clone().body!.getReader();
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Cancel both branches of the clone so the source stops; neither promise settles until both are cancelled.
        void reader.cancel();
        void raw.body?.cancel();
        return tooLarge();
      }
    }
    return next();
  };
}
