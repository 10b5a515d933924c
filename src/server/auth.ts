import type { Context, MiddlewareHandler } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { getCookie, setCookie } from 'hono/cookie';
import type { TokenScope, User } from '../domain/user.ts';
import { newSecret, safeEqual } from '../store/secrets.ts';
import type { Store } from '../store/store.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** The signed-in user (session cookie or API token); undefined for anonymous readers. */
    user: User | undefined;
    /** Set when the request authenticated with an API token rather than a session. */
    tokenScope: TokenScope | undefined;
    /** The CSRF token that forms on this page must send back. */
    csrf: string;
    /** Set on the read-only (static export) site: no sign-in or editing links. */
    readOnly: boolean | undefined;
  }
}

export const SESSION_COOKIE = 'atlas_session';
export const CSRF_COOKIE = 'atlas_csrf';

const secure = (c: Context) => new URL(c.req.url).protocol === 'https:';

/** The caller's network address (the socket's peer; 'local' for in-process requests). */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

/** API calls allowed per token per minute, per server process (ATLAS_TOKEN_RATE overrides). */
export const TOKEN_REQUESTS_PER_MINUTE = Number(process.env.ATLAS_TOKEN_RATE ?? 6000);
const tokenWindows = new Map<string, { start: number; count: number }>();

/** A fixed one-minute window per token; true while the token is within its allowance. */
function tokenAllowed(token: string, now = Date.now()): boolean {
  const window = tokenWindows.get(token);
  if (!window || now - window.start >= 60_000) {
    if (tokenWindows.size > 10_000) tokenWindows.clear();
    tokenWindows.set(token, { start: now, count: 1 });
    return true;
  }
  window.count++;
  return window.count <= TOKEN_REQUESTS_PER_MINUTE;
}

/** Sets the session cookie: HTTP-only, same-site, secure when served over HTTPS. */
export function setSessionCookie(c: Context, token: string | undefined): void {
  setCookie(c, SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'Lax',
    secure: secure(c),
    path: '/',
    maxAge: token ? 14 * 86_400 : 0,
  });
}

/**
 * Identifies the caller: a `Bearer` API token, else the session cookie. Also hands every visitor a
 * CSRF token (a random cookie that forms echo in a hidden field).
 */
export function authenticate(store: Store): MiddlewareHandler {
  return async (c, next) => {
    let user: User | undefined;
    let scope: TokenScope | undefined;
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    if (bearer) {
      if (!tokenAllowed(bearer)) {
        c.header('retry-after', '60');
        return c.json(
          {
            error: {
              status: 429,
              message: 'too many requests for this token; retry in a minute',
              problems: [],
            },
          },
          429,
        );
      }
      const found = await store.users.userForToken(bearer);
      if (!found) {
        await store.security.record('token.rejected', 'bearer', { ip: clientAddress(c) });
        return c.json({ error: { status: 401, message: 'invalid or revoked API token', problems: [] } }, 401);
      }
      user = found.user;
      scope = found.scope;
    } else {
      const session = getCookie(c, SESSION_COOKIE);
      if (session) user = await store.users.userForSession(session);
    }
    let csrf = getCookie(c, CSRF_COOKIE);
    if (!csrf || csrf.length < 20) {
      csrf = newSecret(18);
      setCookie(c, CSRF_COOKIE, csrf, { httpOnly: true, sameSite: 'Strict', secure: secure(c), path: '/' });
    }
    c.set('user', user);
    c.set('tokenScope', scope);
    c.set('csrf', csrf);
    await next();
    // Pages for a signed-in user carry their name and actions: never store them in shared caches.
    if (user) c.header('cache-control', 'private, no-store');
  };
}

/** True when a submitted form carries the caller's CSRF token. */
export function validCsrf(c: Context, submitted: unknown): boolean {
  return typeof submitted === 'string' && safeEqual(submitted, c.get('csrf'));
}
