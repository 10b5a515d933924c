import type { Context } from 'hono';
import { isLang, type Lang } from '../domain/lang.ts';
import { negotiateLanguage } from '../web/i18n/index.ts';

/** The UI language of a request: the path prefix, else the `lang` cookie, else Accept-Language. */
export function requestLanguage(c: Context): Lang {
  const prefix = c.req.path.split('/')[1];
  if (isLang(prefix)) return prefix;
  const cookie = /(?:^|;\s*)lang=(zh|en|ja)/.exec(c.req.header('cookie') ?? '')?.[1];
  if (isLang(cookie)) return cookie;
  return negotiateLanguage(c.req.header('accept-language'));
}

/** A route parameter that matches only the UI languages: use as `${LANG_PARAM}/account`. */
export const LANG_PARAM = '/:lang{(?:zh|en|ja)}';
