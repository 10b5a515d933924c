import type { Lang } from '../../domain/lang.ts';
import { tokenScope, type User, userRole } from '../../domain/user.ts';
import { urls } from '../../server/urls.ts';
import type { ApiToken } from '../../store/user-repository.ts';
import { Layout } from '../components/layout.tsx';
import { CsrfField } from '../components/user-menu.tsx';
import type { Translate } from '../i18n/index.ts';

interface Ctx {
  lang: Lang;
  t: Translate;
  path: string;
}

export function SignInPage(props: Ctx & { next?: string; error?: string; email?: string }) {
  const { lang, t } = props;
  return (
    <Layout lang={lang} t={t} title={t('auth.signIn')} path={props.path}>
      <h1>{t('auth.signIn')}</h1>
      {props.error && (
        <p class="notice" role="alert">
          {props.error}
        </p>
      )}
      <form method="post" action={urls.signIn(lang)} class="stack">
        <CsrfField />
        {props.next && <input type="hidden" name="next" value={props.next} />}
        <label>
          {t('auth.email')}
          <input type="email" name="email" autocomplete="username" required value={props.email ?? ''} />
        </label>
        <label>
          {t('auth.password')}
          <input type="password" name="password" autocomplete="current-password" required />
        </label>
        <button type="submit">{t('auth.signIn')}</button>
      </form>
    </Layout>
  );
}

export function AccountPage(props: Ctx & { user: User; tokens: ApiToken[]; newToken?: string }) {
  const { lang, t, user } = props;
  return (
    <Layout lang={lang} t={t} title={t('account.title')} path={props.path}>
      <h1>{t('account.title')}</h1>
      <dl class="facts">
        <dt>{t('auth.email')}</dt>
        <dd>{user.email}</dd>
        <dt>{t('account.role')}</dt>
        <dd data-role={user.role}>{userRole.label(user.role, lang)}</dd>
      </dl>
      <h2>{t('account.tokens')}</h2>
      <p class="help">{t('account.tokens.help')}</p>
      {props.newToken && (
        <div class="notice ok">
          <p>{t('account.tokens.new')}</p>
          <p class="token" data-new-token>
            {props.newToken}
          </p>
        </div>
      )}
      {props.tokens.length === 0 ? (
        <p>{t('account.tokens.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('account.tokens.name')}</th>
              <th>{t('account.tokens.scope')}</th>
              <th>{t('account.tokens.created')}</th>
              <th>{t('account.tokens.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.tokens.map((token) => (
              <tr data-token-id={token.id}>
                <td>{token.name}</td>
                <td>{tokenScope.label(token.scope, lang)}</td>
                <td>{token.createdAt.slice(0, 16).replace('T', ' ')}</td>
                <td>{token.lastUsedAt?.slice(0, 16).replace('T', ' ') ?? '—'}</td>
                <td>
                  {token.revokedAt ? (
                    t('account.tokens.revoked')
                  ) : (
                    <form method="post" action={urls.revokeToken(lang, token.id)} class="inline">
                      <CsrfField />
                      <button type="submit">{t('account.tokens.revoke')}</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={urls.accountTokens(lang)} class="actions">
        <CsrfField />
        <label>
          {t('account.tokens.name')} <input type="text" name="name" required maxlength={80} />
        </label>
        <label>
          {t('account.tokens.scope')}{' '}
          <select name="scope">
            {tokenScope.values.map((s) => (
              <option value={s}>{tokenScope.label(s, lang)}</option>
            ))}
          </select>
        </label>
        <button type="submit">{t('account.tokens.create')}</button>
      </form>
    </Layout>
  );
}

export function ForbiddenPage(props: Ctx & { message: string }) {
  const { lang, t } = props;
  return (
    <Layout lang={lang} t={t} title={t('auth.forbidden')} path={props.path}>
      <h1>{t('auth.forbidden')}</h1>
      <p>{props.message}</p>
    </Layout>
  );
}
