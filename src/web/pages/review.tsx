import type { FieldChange } from '../../analysis/diff.ts';
import { type Lang, type LocalizedText, pickText } from '../../domain/lang.ts';
import type { Policy } from '../../domain/policy.ts';
import { urls } from '../../server/urls.ts';
import type { Draft } from '../../store/draft-repository.ts';
import type { Revision } from '../../store/revisions.ts';
import { DiffTable } from '../components/diff-table.tsx';
import { Layout } from '../components/layout.tsx';
import { CsrfField } from '../components/user-menu.tsx';
import type { Translate } from '../i18n/index.ts';

interface Ctx {
  lang: Lang;
  t: Translate;
  path: string;
}

const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');
/** A draft's title: a policy's title, a facility's name, a document's title, else the record id. */
const titleOf = (data: unknown, lang: Lang, fallback: string) => {
  const record = (data ?? {}) as { title?: LocalizedText | string; name?: LocalizedText };
  if (typeof record.title === 'string') return record.title;
  return pickText(record.title ?? record.name, lang)?.value ?? fallback;
};

export function ReviewQueuePage(props: Ctx & { drafts: Draft<Policy>[] }) {
  const { lang, t } = props;
  return (
    <Layout lang={lang} t={t} title={t('review.title')} path={props.path}>
      <h1>{t('review.title')}</h1>
      {props.drafts.length === 0 ? (
        <p>{t('review.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('col.title')}</th>
              <th>{t('review.author')}</th>
              <th>{t('review.reason')}</th>
              <th>{t('review.submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {props.drafts.map((d) => (
              <tr data-draft-id={d.id}>
                <td>
                  <a href={urls.draft(lang, d.id)}>{`${titleOf(d.data, lang, d.entityId)} (${d.entityType})`}</a>
                </td>
                <td>{d.authorName}</td>
                <td>{d.reason}</td>
                <td>{when(d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export function DraftPage(
  props: Ctx & {
    draft: Draft<Policy>;
    changes: FieldChange[];
    currentVersion: number;
    canDecide: boolean;
    ownChange: boolean;
  },
) {
  const { lang, t, draft } = props;
  const stale = draft.status === 'pending' && props.currentVersion !== draft.baseVersion;
  return (
    <Layout lang={lang} t={t} title={t('review.draft', { id: draft.entityId })} path={props.path}>
      <h1>{t('review.draft', { id: draft.entityId })}</h1>
      <dl class="facts">
        <dt>{t('review.status')}</dt>
        <dd data-status={draft.status}>{t(`review.status.${draft.status}`)}</dd>
        <dt>{t('review.author')}</dt>
        <dd>{draft.authorName}</dd>
        <dt>{t('review.reason')}</dt>
        <dd>{draft.reason}</dd>
        <dt>{t('review.submitted')}</dt>
        <dd>{when(draft.createdAt)}</dd>
      </dl>
      {draft.decidedAt && (
        <p class="notice ok">
          {t('review.decidedBy', { reviewer: draft.reviewerName ?? '—', date: when(draft.decidedAt) })}
          {draft.reviewComment && <>: “{draft.reviewComment}”</>}
        </p>
      )}
      {stale && (
        <p class="notice" data-conflict>
          {t('review.stale', { base: draft.baseVersion, current: props.currentVersion })}
        </p>
      )}
      {draft.baseVersion === 0 && <p>{t('review.newRecord')}</p>}
      <h2>{t('review.changes')}</h2>
      <DiffTable changes={props.changes} t={t} />
      {props.ownChange && draft.status === 'pending' && <p class="notice">{t('review.ownChange')}</p>}
      {props.canDecide && (
        <form method="post" action={urls.draft(lang, draft.id, 'approve')} class="stack">
          <CsrfField />
          <label>
            {t('review.comment')}
            <textarea name="comment" rows={2} />
          </label>
          <div class="actions">
            <button type="submit" disabled={stale}>
              {t('review.approve')}
            </button>
            <button type="submit" formaction={urls.draft(lang, draft.id, 'reject')}>
              {t('review.reject')}
            </button>
          </div>
        </form>
      )}
    </Layout>
  );
}

export function HistoryPage(
  props: Ctx & {
    id: string;
    title: string;
    revisions: { revision: Revision<Policy>; changes: FieldChange[] }[];
    pending: Draft<Policy>[];
    canRestore: boolean;
  },
) {
  const { lang, t } = props;
  return (
    <Layout lang={lang} t={t} title={t('history.title', { title: props.title })} path={props.path}>
      <h1>{t('history.title', { title: props.title })}</h1>
      <p>
        <a href={urls.policy(props.id, lang)}>← {props.title}</a>
      </p>
      {props.pending.length > 0 && (
        <>
          <h2>{t('history.pending')}</h2>
          <ul>
            {props.pending.map((d) => (
              <li>
                <a href={urls.draft(lang, d.id)}>{d.reason}</a> — {d.authorName}, {when(d.createdAt)}
              </li>
            ))}
          </ul>
        </>
      )}
      {props.revisions.map(({ revision, changes }) => (
        <section id={`v${revision.version}`} data-version={revision.version}>
          <h2>
            {t('history.version', { version: revision.version })} · {t(`history.action.${revision.action}`)}
          </h2>
          <p>
            {t('history.by', { author: revision.author, date: when(revision.createdAt) })} — {revision.reason}
          </p>
          <DiffTable changes={changes} t={t} />
          {props.canRestore && revision.after && (
            <form
              method="post"
              action={urls.restoreRevision(props.id, lang, revision.version)}
              class="inline"
            >
              <CsrfField />
              <button type="submit">{t('history.restore')}</button>
            </form>
          )}
        </section>
      ))}
    </Layout>
  );
}
