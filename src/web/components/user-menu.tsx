import { getContext } from 'hono/context-storage';
import type { Lang } from '../../domain/lang.ts';
import { roleAtLeast, userRole } from '../../domain/user.ts';
import { policyAccess } from '../../server/access/policy-access.ts';
import { urls } from '../../server/urls.ts';
import type { Translate } from '../i18n/index.ts';

/** The signed-in user's name and links, or a sign-in link; empty outside a request. */
export function UserMenu({ lang, t }: { lang: Lang; t: Translate }) {
  let user;
  let csrf = '';
  try {
    const c = getContext();
    if (c.get('readOnly')) return null;
    user = c.get('user');
    csrf = c.get('csrf') ?? '';
  } catch {
    return null;
  }
  if (!user) {
    return (
      <nav class="user" aria-label={t('auth.signIn')}>
        <a href={urls.signIn(lang)}>{t('auth.signIn')}</a>
      </nav>
    );
  }
  return (
    <nav class="user" aria-label={t('account.title')}>
      <a href={urls.account(lang)} title={userRole.label(user.role, lang)}>
        {user.name}
      </a>
      {policyAccess.seeQueue(user) && <a href={urls.reviewQueue(lang)}>{t('nav.review')}</a>}
      {roleAtLeast(user.role, 'admin') && <a href={urls.adminUsers(lang)}>{t('admin.users')}</a>}
      <form method="post" action={urls.signOut(lang)} class="inline">
        <input type="hidden" name="_csrf" value={csrf} />
        <button type="submit" class="link">
          {t('auth.signOut')}
        </button>
      </form>
    </nav>
  );
}

/** The CSRF token for forms rendered in this request. */
export function CsrfField() {
  let csrf = '';
  try {
    csrf = getContext().get('csrf') ?? '';
  } catch {
    return null;
  }
  return <input type="hidden" name="_csrf" value={csrf} />;
}

/** Links to a policy's history and, for contributors, its editor. */
export function PolicyActions({ id, lang, t }: { id: string; lang: Lang; t: Translate }) {
  let user;
  let readOnly = false;
  try {
    user = getContext().get('user');
    readOnly = getContext().get('readOnly') === true;
  } catch {
    user = undefined;
  }
  return (
    <p class="actions" data-actions>
      {!readOnly && <a href={urls.policyHistory(id, lang)}>{t('history.link')}</a>}
      {policyAccess.propose(user) && <a href={urls.editPolicy(id, lang)}>{t('edit.action')}</a>}
    </p>
  );
}

/** "Add a policy" for contributors. */
export function NewPolicyLink({ lang, t }: { lang: Lang; t: Translate }) {
  let user;
  try {
    user = getContext().get('user');
  } catch {
    return null;
  }
  return policyAccess.propose(user) ? (
    <p>
      <a href={urls.newPolicy(lang)}>{t('edit.new')}</a>
    </p>
  ) : null;
}

/** "Propose a change" on a facility, country or document page, for contributors only. */
export function EditLink({ href, t }: { href: string; t: Translate }) {
  let user;
  try {
    if (getContext().get('readOnly')) return null;
    user = getContext().get('user');
  } catch {
    return null;
  }
  return policyAccess.propose(user) ? (
    <p class="actions" data-actions>
      <a href={href}>{t('edit.action')}</a>
    </p>
  ) : null;
}
