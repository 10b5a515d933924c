import type { Context } from 'hono';
import type { Lang } from '../domain/lang.ts';
import { translator } from '../web/i18n/index.ts';
import { BadRequestPage, NotFoundPage } from '../web/pages/error.tsx';

/** Path and query of the request, for language switch links. */
export const pathOf = (c: Context) => {
  const url = new URL(c.req.url);
  return url.pathname + url.search;
};

export function notFound(c: Context, lang: Lang, message?: string) {
  c.status(404);
  return c.html(<NotFoundPage lang={lang} t={translator(lang)} path={pathOf(c)} message={message} />);
}

export function badRequest(c: Context, lang: Lang, problems: string[]) {
  c.status(400);
  return c.html(<BadRequestPage lang={lang} t={translator(lang)} path={pathOf(c)} problems={problems} />);
}

/** A machine-readable error body, for `.json` twins and the API. */
export function jsonError(
  c: Context,
  status: 400 | 401 | 403 | 404 | 409 | 413 | 422,
  message: string,
  problems: string[] = [],
) {
  return c.json({ error: { status, message, problems } }, status);
}

/** Splits `jp-x.json` into id and format; undefined format means HTML. */
export function splitFormat<F extends string>(
  name: string,
  formats: readonly F[],
): { base: string; format?: F } {
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const ext = name.slice(dot + 1) as F;
    if (formats.includes(ext)) return { base: name.slice(0, dot), format: ext };
  }
  return { base: name };
}

/** A validator for one version of a record in one format. */
export const recordEtag = (type: string, id: string, version: number, format: string) =>
  `W/"${type}-${id}-v${version}-${format}"`;

/**
 * Sets the ETag and says whether the client already holds this version (answer 304). Public
 * record twins may be revalidated by shared caches; pages for signed-in users stay private.
 */
export function notModified(c: Context, etag: string): boolean {
  c.header('etag', etag);
  if (!c.get('user')) c.header('cache-control', 'public, max-age=0, must-revalidate');
  const sent = c.req.header('if-none-match');
  return sent !== undefined && sent.split(',').some((t) => t.trim() === etag);
}
