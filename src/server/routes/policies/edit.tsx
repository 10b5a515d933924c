import { type Context, Hono } from 'hono';
import { diffRecords } from '../../../analysis/diff.ts';
import { type Lang, pickText } from '../../../domain/lang.ts';
import { type Policy, policySchema } from '../../../domain/policy.ts';
import { VersionConflictError } from '../../../store/policy-repository.ts';
import { proposePolicyChange } from '../../../store/review-workflow.ts';
import type { Store } from '../../../store/store.ts';
import { fieldForIssue, formToPolicyInput, policyToForm } from '../../../web/forms/policy-form.ts';
import { translator } from '../../../web/i18n/index.ts';
import { PolicyEditPage } from '../../../web/pages/policy-edit.tsx';
import { HistoryPage } from '../../../web/pages/review.tsx';
import { policyAccess } from '../../access/policy-access.ts';
import { currentUser, forbidden, postedForm, toSignIn } from '../../guards.tsx';
import { LANG_PARAM } from '../../lang.ts';
import { notFound, pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** Editing (as drafts for review), history with per-field diffs, and restoring old versions. */
export function policyEditRoutes(store: Store) {
  const app = new Hono();

  const editor = async (c: Context, lang: Lang, id: string | undefined) => {
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    if (!policyAccess.propose(user)) return forbidden(c, lang);
    const t = translator(lang);
    const stored = id ? await store.policies.get(id) : undefined;
    if (id && !stored) return notFound(c, lang, t('error.notFoundPolicy', { id }));
    const title = stored
      ? t('edit.title', { title: pickText(stored.policy.title, lang)?.value ?? stored.policy.id })
      : t('edit.newTitle');

    if (c.req.method === 'GET') {
      return c.html(
        <PolicyEditPage
          lang={lang}
          t={t}
          path={pathOf(c)}
          id={id}
          title={title}
          baseVersion={stored?.version ?? 0}
          values={policyToForm(stored?.policy)}
          errors={{}}
          reason=""
        />,
      );
    }
    const body = await c.req.parseBody({ all: true });
    const form = await postedForm(c);
    if (!form) return forbidden(c, lang, t('auth.csrf'));
    if (Array.isArray(body.sectors))
      form.sectors = body.sectors.filter((v) => typeof v === 'string').join('\n');
    const baseVersion = Number(form._baseVersion ?? '0');
    const reason = (form._reason ?? '').trim().slice(0, 500);
    const input = formToPolicyInput(form, stored?.policy);
    if (id) input.id = id;
    const result = policySchema.safeParse(input);
    const errors: Record<string, string[]> = {};
    if (!result.success)
      for (const issue of result.error.issues) (errors[fieldForIssue(issue.path)] ??= []).push(issue.message);
    if (!reason) (errors._reason ??= []).push('a reason is required');
    if (!id && result.success && (await store.policies.get(result.data.id)))
      (errors.id ??= []).push('this id is already used');
    const again = (status: 400 | 409, notice?: string) =>
      c.html(
        <PolicyEditPage
          lang={lang}
          t={t}
          path={pathOf(c)}
          id={id}
          title={title}
          baseVersion={baseVersion}
          values={form}
          errors={errors}
          reason={reason}
          notice={notice}
        />,
        status,
      );
    if (Object.keys(errors).length > 0 || !result.success) return again(400);
    try {
      const draftId = await proposePolicyChange(store, user, result.data, baseVersion, reason);
      return c.redirect(urls.draft(lang, draftId), 303);
    } catch (error) {
      if (!(error instanceof VersionConflictError)) throw error;
      return again(409, t('edit.conflict', { base: baseVersion, current: error.actual }));
    }
  };

  app.get(`${LANG_PARAM}/policies/new`, (c) => editor(c, c.req.param('lang') as Lang, undefined));
  app.post(`${LANG_PARAM}/policies/new`, (c) => editor(c, c.req.param('lang') as Lang, undefined));
  app.get(`${LANG_PARAM}/policies/:id/edit`, (c) =>
    editor(c, c.req.param('lang') as Lang, c.req.param('id')),
  );
  app.post(`${LANG_PARAM}/policies/:id/edit`, (c) =>
    editor(c, c.req.param('lang') as Lang, c.req.param('id')),
  );

  app.get(`${LANG_PARAM}/policies/:id/history`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const id = c.req.param('id');
    const revisions = await store.policies.history(id);
    if (revisions.length === 0) return notFound(c, lang, translator(lang)('error.notFoundPolicy', { id }));
    const latest = revisions.find((r) => r.after)?.after ?? revisions[0]!.before!;
    const user = currentUser(c);
    const pending =
      user && (policyAccess.seeQueue(user) || policyAccess.propose(user))
        ? await store.drafts.list<Policy>({ status: 'pending', entityType: 'policy', entityId: id })
        : [];
    return c.html(
      <HistoryPage
        lang={lang}
        t={translator(lang)}
        path={pathOf(c)}
        id={id}
        title={pickText(latest.title, lang)?.value ?? id}
        revisions={revisions.map((revision) => ({
          revision,
          changes: diffRecords(revision.before ?? {}, revision.after ?? {}),
        }))}
        pending={pending}
        canRestore={policyAccess.propose(user)}
      />,
    );
  });

  app.post(`${LANG_PARAM}/policies/:id/history/:version/restore`, async (c) => {
    const lang = c.req.param('lang') as Lang;
    const t = translator(lang);
    const user = currentUser(c);
    if (!user) return toSignIn(c, lang);
    if (!policyAccess.propose(user)) return forbidden(c, lang);
    if (!(await postedForm(c))) return forbidden(c, lang, t('auth.csrf'));
    const id = c.req.param('id');
    const version = Number(c.req.param('version'));
    const revision = (await store.policies.history(id)).find((r) => r.version === version);
    if (!revision?.after) return notFound(c, lang);
    const current = await store.policies.get(id);
    const draftId = await proposePolicyChange(
      store,
      user,
      revision.after,
      current?.version ?? 0,
      `restore version ${version}`,
    );
    return c.redirect(urls.draft(lang, draftId), 303);
  });
  return app;
}
