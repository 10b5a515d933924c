import { type Context, Hono } from 'hono';
import type { Lang } from '../../../domain/lang.ts';
import { emailSchema, roleAtLeast, userRole } from '../../../domain/user.ts';
import { newSecret } from '../../../store/secrets.ts';
import type { Store } from '../../../store/store.ts';
import { DuplicateEmailError } from '../../../store/user-repository.ts';
import { translator } from '../../../web/i18n/index.ts';
import { AdminUsersPage } from '../../../web/pages/admin-users.tsx';
import { clientAddress } from '../../auth.ts';
import { currentUser, forbidden, postedForm, toSignIn } from '../../guards.tsx';
import { LANG_PARAM } from '../../lang.ts';
import { pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** People management for administrators: invite (with a one-time password) and set roles. */
export function adminRoutes(store: Store) {
  const app = new Hono();
  const guard = (c: Context) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return { lang, response: toSignIn(c, lang) };
    if (!roleAtLeast(user.role, 'admin')) return { lang, response: forbidden(c, lang) };
    return { lang, user };
  };

  app.get(`${LANG_PARAM}/admin/users`, async (c) => {
    const { lang, response } = guard(c);
    if (response) return response;
    return c.html(
      <AdminUsersPage lang={lang} t={translator(lang)} path={pathOf(c)} users={await store.users.list()} />,
    );
  });

  app.post(`${LANG_PARAM}/admin/users`, async (c) => {
    const { lang, user, response } = guard(c);
    if (response) return response;
    const t = translator(lang);
    const form = await postedForm(c);
    if (!form) return forbidden(c, lang, t('auth.csrf'));
    const email = emailSchema.safeParse(form.email ?? '');
    const role = userRole.resolve(form.role ?? '') ?? 'contributor';
    const name = (form.name ?? '').trim().slice(0, 120);
    const page = (
      extra: { invited?: { email: string; password: string }; error?: string },
      status: 200 | 400 = 200,
    ) =>
      store.users
        .list()
        .then((users) =>
          c.html(
            <AdminUsersPage lang={lang} t={t} path={urls.adminUsers(lang)} users={users} {...extra} />,
            status,
          ),
        );
    if (!email.success || !name)
      return page({ error: email.success ? 'a name is required' : email.error.issues[0]!.message }, 400);
    const password = newSecret(12);
    try {
      const created = await store.users.create({ email: email.data, name, role, password });
      await store.security.record('user.created', created.id, {
        userId: user!.id,
        ip: clientAddress(c),
        detail: role,
      });
    } catch (error) {
      if (error instanceof DuplicateEmailError) return page({ error: t('admin.users.exists') }, 400);
      throw error;
    }
    return page({ invited: { email: email.data, password } });
  });

  app.post(`${LANG_PARAM}/admin/users/:id/role`, async (c) => {
    const { lang, user, response } = guard(c);
    if (response) return response;
    const form = await postedForm(c);
    if (!form) return forbidden(c, lang, translator(lang)('auth.csrf'));
    const role = userRole.resolve(form.role ?? '');
    if (role) {
      await store.users.setRole(c.req.param('id'), role);
      await store.security.record('user.role', c.req.param('id'), {
        userId: user!.id,
        ip: clientAddress(c),
        detail: role,
      });
    }
    return c.redirect(urls.adminUsers(lang), 303);
  });
  return app;
}
