import type { Context } from 'hono';
import type { Lang } from '../domain/lang.ts';
import type { User } from '../domain/user.ts';
import { translator } from '../web/i18n/index.ts';
import { ForbiddenPage } from '../web/pages/account.tsx';
import { validCsrf } from './auth.ts';
import { pathOf } from './render.tsx';
import { urls } from './urls.ts';

/** Sends an anonymous visitor to the sign-in page and back here afterwards. */
export const toSignIn = (c: Context, lang: Lang) => c.redirect(urls.signIn(lang, pathOf(c)), 303);

export function forbidden(c: Context, lang: Lang, message?: string) {
  const t = translator(lang);
  c.status(403);
  return c.html(
    <ForbiddenPage lang={lang} t={t} path={pathOf(c)} message={message ?? t('auth.forbidden')} />,
  );
}

/** Reads a posted form and checks its CSRF token; undefined when the token is missing or wrong. */
export async function postedForm(c: Context): Promise<Record<string, string> | undefined> {
  const body = await c.req.parseBody({ all: false });
  if (!validCsrf(c, body._csrf)) return undefined;
  const form: Record<string, string> = {};
  for (const [k, v] of Object.entries(body)) if (typeof v === 'string') form[k] = v;
  return form;
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export const safeNext = (next: string | undefined, fallback: string) =>
  next && next.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : fallback;

export const currentUser = (c: Context): User | undefined => c.get('user');
