import { type Context, Hono } from 'hono';
import type { Lang } from '../../../domain/lang.ts';
import { currentVersion, type EditableKind, editableKind } from '../../../store/editable-kinds.ts';
import { VersionConflictError } from '../../../store/policy-repository.ts';
import { proposeChange } from '../../../store/review-workflow.ts';
import type { Store } from '../../../store/store.ts';
import {
  fieldNameFor,
  formToRecord,
  recordToForm,
  type SchemaField,
  schemaFields,
} from '../../../web/forms/schema-form.ts';
import { translator } from '../../../web/i18n/index.ts';
import { RecordEditPage } from '../../../web/pages/record-edit.tsx';
import { policyAccess } from '../../access/policy-access.ts';
import { currentUser, forbidden, toSignIn } from '../../guards.tsx';
import { validCsrf } from '../../auth.ts';
import { LANG_PARAM } from '../../lang.ts';
import { notFound, pathOf } from '../../render.tsx';
import { urls } from '../../urls.ts';

/** URL segment → editable kind and the field that holds its id. */
const EDITABLE_PATHS = {
  facilities: { type: 'facility', idField: 'id' },
  countries: { type: 'country', idField: 'code' },
  documents: { type: 'document', idField: 'id' },
} as const;

/** Provenance and review status are stamped by the review, not typed in. */
const STAMPED = ['provenance', 'reviewStatus'];

const fieldsFor = new Map<string, SchemaField[]>();
function fields(kind: EditableKind<unknown>): SchemaField[] {
  let found = fieldsFor.get(kind.type);
  if (!found) fieldsFor.set(kind.type, (found = schemaFields(kind.schema, STAMPED)));
  return found;
}

/** Editing facilities, country profiles and document metadata as drafts for review. */
export function recordEditRoutes(store: Store) {
  const app = new Hono();
  for (const [segment, { type, idField }] of Object.entries(EDITABLE_PATHS)) {
    const kind = editableKind(type)!;
    const handler = async (c: Context) => {
      const lang = c.req.param('lang') as Lang;
      const t = translator(lang);
      const user = currentUser(c);
      if (!user) return toSignIn(c, lang);
      if (!policyAccess.propose(user)) return forbidden(c, lang);
      const id = c.req.param('id')!;
      const stored = await kind.load(store, id);
      if (!stored) return notFound(c, lang);
      const action = `/${lang}/${segment}/${encodeURIComponent(id)}/edit`;
      const title = t('edit.title', { title: kind.title(stored, lang) });
      const spec = fields(kind);
      const page = (
        values: Record<string, string>,
        errors: Record<string, string[]>,
        baseVersion: number,
        reason: string,
        notice?: string,
      ) => (
        <RecordEditPage
          lang={lang}
          t={t}
          path={pathOf(c)}
          action={action}
          title={title}
          idField={idField}
          id={id}
          fields={spec}
          baseVersion={baseVersion}
          values={values}
          errors={errors}
          reason={reason}
          notice={notice}
        />
      );
      if (c.req.method === 'GET')
        return c.html(page(recordToForm(spec, stored), {}, await currentVersion(store, type, id), ''));

      const body = await c.req.parseBody({ all: true });
      if (!validCsrf(c, body._csrf)) return forbidden(c, lang, t('auth.csrf'));
      const form: Record<string, string> = {};
      for (const [k, v] of Object.entries(body)) {
        if (typeof v === 'string') form[k] = v;
        else if (Array.isArray(v)) form[k] = v.filter((x): x is string => typeof x === 'string').join('\n');
      }
      const baseVersion = Number(form._baseVersion ?? '0');
      const reason = (form._reason ?? '').trim().slice(0, 500);
      const { record, errors } = formToRecord(spec, form);
      record[idField] = id;
      for (const key of STAMPED)
        if ((stored as Record<string, unknown>)[key] !== undefined)
          record[key] = (stored as Record<string, unknown>)[key];
      const result = kind.schema.safeParse(record);
      if (!result.success)
        for (const issue of result.error.issues)
          (errors[fieldNameFor(spec, issue.path)] ??= []).push(issue.message);
      if (!reason) (errors._reason ??= []).push('a reason is required');
      if (Object.keys(errors).length > 0 || !result.success)
        return c.html(page(form, errors, baseVersion, reason), 400);
      try {
        const draftId = await proposeChange(store, user, type, result.data, baseVersion, reason);
        return c.redirect(urls.draft(lang, draftId), 303);
      } catch (error) {
        if (!(error instanceof VersionConflictError)) throw error;
        return c.html(
          page(
            form,
            errors,
            baseVersion,
            reason,
            t('edit.conflict', { base: baseVersion, current: error.actual }),
          ),
          409,
        );
      }
    };
    app.get(`${LANG_PARAM}/${segment}/:id/edit`, handler);
    app.post(`${LANG_PARAM}/${segment}/:id/edit`, handler);
  }
  return app;
}
