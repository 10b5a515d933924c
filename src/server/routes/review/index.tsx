import { Hono } from 'hono';
import { diffRecords } from '../../../analysis/diff.ts';
import type { Lang } from '../../../domain/lang.ts';
import type { Policy } from '../../../domain/policy.ts';
import { approveDraft, rejectDraft, ReviewError } from '../../../store/review-workflow.ts';
import type { Store } from '../../../store/store.ts';
import { translator } from '../../../web/i18n/index.ts';
import { DraftPage, ReviewQueuePage } from '../../../web/pages/review.tsx';
import { policyAccess } from '../../access/policy-access.ts';
import { currentUser, forbidden, postedForm, toSignIn } from '../../guards.tsx';
import { LANG_PARAM } from '../../lang.ts';
import { notFound, pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';
import { currentVersion, editableKind } from '../../../store/editable-kinds.ts';
import { listRevisions } from '../../../store/revisions.ts';

/** Where a published record is read. */
function recordUrl(type: string, id: string, lang: Lang): string {
  if (type === 'facility') return urls.facility(id, lang);
  if (type === 'country') return urls.country(id, lang);
  if (type === 'document') return urls.document(id, lang);
  return urls.policy(id, lang);
}

/** The review queue and the page where a reviewer decides on a draft. */
export function reviewRoutes(store: Store) {
  const app = new Hono();

  app.get(`${LANG_PARAM}/review`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    if (!policyAccess.seeQueue(user)) return forbidden(c, lang);
    const drafts = await store.drafts.list<Policy>({ status: 'pending' });
    return c.html(<ReviewQueuePage lang={lang} t={translator(lang)} path={pathOf(c)} drafts={drafts} />);
  });

  app.get(`${LANG_PARAM}/review/:id`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    const draft = await store.drafts.get<Policy>(c.req.param('id'));
    if (!draft) return notFound(c, lang);
    if (draft.authorId !== user.id && !policyAccess.seeQueue(user)) return forbidden(c, lang);
    const kind = editableKind(draft.entityType);
    const version = await currentVersion(store, draft.entityType, draft.entityId);
    const base =
      draft.status === 'pending'
        ? await kind?.load(store, draft.entityId)
        : (await listRevisions(store.db, draft.entityType, draft.entityId)).find((r) => r.version === draft.baseVersion)?.after;
    return c.html(
      <DraftPage
        lang={lang}
        t={translator(lang)}
        path={pathOf(c)}
        draft={draft}
        changes={diffRecords(base ?? {}, draft.data ?? {})}
        currentVersion={version}
        canDecide={policyAccess.review(user, draft)}
        ownChange={draft.authorId === user.id}
      />,
    );
  });

  for (const action of ['approve', 'reject'] as const) {
    app.post(`${LANG_PARAM}/review/:id/${action}`, async (c) => {
      const lang = c.req.param('lang') as Lang;
      const t = translator(lang);
      const user = currentUser(c);
      if (!user) return toSignIn(c, lang);
      const form = await postedForm(c);
      if (!form) return forbidden(c, lang, t('auth.csrf'));
      const draft = await store.drafts.get(c.req.param('id'));
      if (!draft) return notFound(c, lang);
      if (!policyAccess.review(user, draft))
        return forbidden(c, lang, draft.authorId === user.id ? t('review.ownChange') : undefined);
      try {
        const comment = (form.comment ?? '').trim().slice(0, 2000);
        if (action === 'approve') await approveDraft(store, user, draft.id, comment);
        else await rejectDraft(store, user, draft.id, comment);
      } catch (error) {
        if (!(error instanceof ReviewError)) throw error;
        c.status(409);
        return c.redirect(urls.draft(lang, draft.id), 303);
      }
      return c.redirect(
        action === 'approve' ? recordUrl(draft.entityType, draft.entityId, lang) : urls.reviewQueue(lang),
        303,
      );
    });
  }
  return app;
}
