import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { policySchema } from '../../../domain/policy.ts';
import { VersionConflictError } from '../../../store/policy-repository.ts';
import {
  approveDraft,
  proposePolicyChange,
  rejectDraft,
  ReviewError,
} from '../../../store/review-workflow.ts';
import type { Store } from '../../../store/store.ts';
import { policyAccess } from '../../access/policy-access.ts';
import { jsonError } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** Body of a proposed change: the whole new record, the version it was based on, and why. */
export const proposeChangeSchema = z
  .object({
    record: z.unknown(),
    baseVersion: z.number().int().min(0),
    reason: z.string().trim().min(1, { error: 'a reason is required' }).max(500),
  })
  .strict();

export const decisionSchema = z.object({ comment: z.string().max(2000).default('') }).strict();

const issues = (error: z.ZodError) =>
  error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);

/** Writes through the API need a write-scoped token: cookies are never accepted for them. */
function writer(c: Context) {
  const user = c.get('user');
  if (!user || c.get('tokenScope') === undefined)
    return { error: jsonError(c, 401, 'send a write-scoped API token: Authorization: Bearer <token>') };
  if (c.get('tokenScope') !== 'write') return { error: jsonError(c, 403, 'this token is read-only') };
  return { user };
}

async function jsonBody(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

/** Proposing changes and deciding on drafts from scripts. */
export function draftApiRoutes(store: Store) {
  const app = new Hono();
  app.put('/policies/:id', async (c) => {
    const { user, error } = writer(c);
    if (error) return error;
    if (!policyAccess.propose(user)) return jsonError(c, 403, 'your role may not propose changes');
    const body = proposeChangeSchema.safeParse(await jsonBody(c));
    if (!body.success) return jsonError(c, 400, 'invalid request body', issues(body.error));
    const record = policySchema.safeParse(body.data.record);
    if (!record.success)
      return jsonError(
        c,
        400,
        'invalid record',
        issues(record.error).map((m) => `record.${m}`),
      );
    if (record.data.id !== c.req.param('id')) return jsonError(c, 400, 'record.id must match the URL');
    try {
      const id = await proposePolicyChange(store, user, record.data, body.data.baseVersion, body.data.reason);
      return c.json({ draft: id, status: 'pending', url: urls.draft('en', id) }, 202);
    } catch (e) {
      if (!(e instanceof VersionConflictError)) throw e;
      return c.json(
        { error: { status: 409, message: e.message, problems: [], currentVersion: e.actual } },
        409,
      );
    }
  });

  app.get('/drafts', async (c) => {
    const user = c.get('user');
    if (!policyAccess.seeQueue(user)) return jsonError(c, 403, 'reviewers only');
    const drafts = await store.drafts.list({ status: 'pending' });
    return c.json({ items: drafts.map((d) => ({ ...d, url: urls.draft('en', d.id) })) });
  });

  for (const action of ['approve', 'reject'] as const) {
    app.post(`/drafts/:id/${action}`, async (c) => {
      const { user, error } = writer(c);
      if (error) return error;
      const draft = await store.drafts.get(c.req.param('id'));
      if (!draft) return jsonError(c, 404, 'no such draft');
      if (!policyAccess.review(user, draft))
        return jsonError(c, 403, 'only a reviewer other than the author may decide');
      const body = decisionSchema.safeParse((await jsonBody(c)) ?? {});
      if (!body.success) return jsonError(c, 400, 'invalid request body', issues(body.error));
      try {
        if (action === 'approve') await approveDraft(store, user, draft.id, body.data.comment);
        else await rejectDraft(store, user, draft.id, body.data.comment);
      } catch (e) {
        if (!(e instanceof ReviewError)) throw e;
        return c.json({ error: { status: 409, message: e.message, problems: [] } }, 409);
      }
      return c.json({ draft: draft.id, status: action === 'approve' ? 'approved' : 'rejected' });
    });
  }
  return app;
}
