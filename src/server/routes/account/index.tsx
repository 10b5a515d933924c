import { Hono } from 'hono';
import type { Lang } from '../../../domain/lang.ts';
import { tokenScope } from '../../../domain/user.ts';
import { getCookie } from 'hono/cookie';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { AccountPage, SignInPage } from '../../../web/pages/account.tsx';
import { clientAddress, SESSION_COOKIE, setSessionCookie } from '../../auth.ts';
import { currentUser, forbidden, postedForm, safeNext, toSignIn } from '../../guards.tsx';
import { LANG_PARAM } from '../../lang.ts';
import { pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** Sign-in, sign-out and the account page with API tokens. */
export function accountRoutes(store: Store) {
  const app = new Hono();

  app.get(`${LANG_PARAM}/signin`, (c) => {
    const lang = c.req.param('lang') as Lang;
    return c.html(
      <SignInPage lang={lang} t={translator(lang)} path={pathOf(c)} next={c.req.query('next')} />,
    );
  });

  app.post(`${LANG_PARAM}/signin`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const t = translator(lang);
    const ip = clientAddress(c);
    const form = await postedForm(c);
    if (!form) {
      await store.security.record('csrf.rejected', 'signin', { ip });
      return c.html(<SignInPage lang={lang} t={t} path={pathOf(c)} error={t('auth.csrf')} />, 403);
    }
    const email = (form.email ?? '').trim().toLowerCase();
    // Too many recent failures for this account or from this address: refuse before checking.
    if ((await store.security.lockedOut(email)) || (await store.security.lockedOut(`ip:${ip}`))) {
      await store.security.record('signin.locked', email, { ip });
      return c.html(
        <SignInPage lang={lang} t={t} path={pathOf(c)} error={t('auth.locked')} email={email} />,
        429,
      );
    }
    const user = await store.users.authenticate(email, form.password ?? '');
    if (!user) {
      await store.security.record('signin.failure', email, { ip });
      await store.security.record('signin.failure', `ip:${ip}`, { detail: email });
      return c.html(
        <SignInPage
          lang={lang}
          t={t}
          path={pathOf(c)}
          error={t('auth.failed')}
          email={email}
          next={form.next}
        />,
        401,
      );
    }
    await store.security.record('signin.success', email, { userId: user.id, ip });
    // A fresh session secret at every sign-in: a cookie planted before sign-in is never adopted.
    const previous = getCookie(c, SESSION_COOKIE);
    if (previous) await store.users.endSession(previous);
    setSessionCookie(c, await store.users.startSession(user.id));
    return c.redirect(safeNext(form.next, urls.account(lang)), 303);
  });

  app.post(`${LANG_PARAM}/signout`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    if (!(await postedForm(c))) return forbidden(c, lang, translator(lang)('auth.csrf'));
    const session = getCookie(c, SESSION_COOKIE);
    if (session) await store.users.endSession(session);
    setSessionCookie(c, undefined);
    return c.redirect(urls.home(lang), 303);
  });

  app.get(`${LANG_PARAM}/account`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    const tokens = await store.users.tokens(user.id);
    return c.html(
      <AccountPage lang={lang} t={translator(lang)} path={pathOf(c)} user={user} tokens={tokens} />,
    );
  });

  app.post(`${LANG_PARAM}/account/tokens`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    const form = await postedForm(c);
    if (!form) return forbidden(c, lang, translator(lang)('auth.csrf'));
    const scope = tokenScope.resolve(form.scope ?? '') ?? 'read';
    const name = (form.name ?? '').trim().slice(0, 80) || 'token';
    const { token, id: tokenId } = await store.users.createToken(user.id, name, scope);
    await store.security.record('token.created', tokenId, {
      userId: user.id,
      ip: clientAddress(c),
      detail: scope,
    });
    const tokens = await store.users.tokens(user.id);
    return c.html(
      <AccountPage
        lang={lang}
        t={translator(lang)}
        path={urls.account(lang)}
        user={user}
        tokens={tokens}
        newToken={token}
      />,
    );
  });

  app.post(`${LANG_PARAM}/account/tokens/:id/revoke`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    if (!(await postedForm(c))) return forbidden(c, lang, translator(lang)('auth.csrf'));
    if (await store.users.revokeToken(user.id, c.req.param('id'))) {
      await store.security.record('token.revoked', c.req.param('id'), {
        userId: user.id,
        ip: clientAddress(c),
      });
    }
    return c.redirect(urls.account(lang), 303);
  });
  return app;
}
