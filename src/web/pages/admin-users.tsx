import type { Lang } from '../../domain/lang.ts';
import { type User, userRole } from '../../domain/user.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import { CsrfField } from '../components/user-menu.tsx';
import type { Translate } from '../i18n/index.ts';

/** Administrators invite people and set their roles. */
export function AdminUsersPage(props: {
  lang: Lang;
  t: Translate;
  path: string;
  users: User[];
  invited?: { email: string; password: string };
  error?: string;
}) {
  const { lang, t } = props;
  return (
    <Layout lang={lang} t={t} title={t('admin.users')} path={props.path}>
      <h1>{t('admin.users')}</h1>
      {props.error && (
        <p class="notice" role="alert">
          {props.error}
        </p>
      )}
      {props.invited && (
        <div class="notice ok">
          <p>{t('admin.users.invited', { email: props.invited.email })}</p>
          <p class="token" data-invite-password>
            {props.invited.password}
          </p>
        </div>
      )}
      <table>
        <thead>
          <tr>
            <th>{t('auth.email')}</th>
            <th>{t('admin.users.name')}</th>
            <th>{t('account.role')}</th>
          </tr>
        </thead>
        <tbody>
          {props.users.map((u) => (
            <tr data-user={u.email}>
              <td>{u.email}</td>
              <td>{u.name}</td>
              <td>
                <form method="post" action={urls.adminUserRole(lang, u.id)} class="inline">
                  <CsrfField />
                  <select name="role" aria-label={t('admin.users.setRole')}>
                    {userRole.values.map((r) => (
                      <option value={r} selected={r === u.role}>
                        {userRole.label(r, lang)}
                      </option>
                    ))}
                  </select>{' '}
                  <button type="submit">{t('admin.users.setRole')}</button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('admin.users.add')}</h2>
      <form method="post" action={urls.adminUsers(lang)} class="stack">
        <CsrfField />
        <label>
          {t('auth.email')}
          <input type="email" name="email" required />
        </label>
        <label>
          {t('admin.users.name')}
          <input type="text" name="name" required maxlength={120} />
        </label>
        <label>
          {t('account.role')}
          <select name="role">
            {userRole.values.map((r) => (
              <option value={r} selected={r === 'contributor'}>
                {userRole.label(r, lang)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t('admin.users.add')}</button>
      </form>
    </Layout>
  );
}
