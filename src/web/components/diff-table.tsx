import type { FieldChange } from '../../analysis/diff.ts';
import type { Translate } from '../i18n/index.ts';

/** A per-field diff: one row per changed field, text changes marked word by word. */
export function DiffTable({ changes, t }: { changes: FieldChange[]; t: Translate }) {
  if (changes.length === 0) return <p>{t('review.noChanges')}</p>;
  return (
    <table class="diff">
      <thead>
        <tr>
          <th>{t('diff.field')}</th>
          <th>{t('diff.before')}</th>
          <th>{t('diff.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr data-path={change.path}>
            <td>
              <code>{change.path}</code>
            </td>
            {change.parts ? (
              <>
                <td>
                  {change.parts.map((p) =>
                    p.kind === 'added' ? null : p.kind === 'removed' ? <del>{p.text}</del> : p.text,
                  )}
                </td>
                <td>
                  {change.parts.map((p) =>
                    p.kind === 'removed' ? null : p.kind === 'added' ? <ins>{p.text}</ins> : p.text,
                  )}
                </td>
              </>
            ) : (
              <>
                <td>{change.before !== undefined && <del>{change.before}</del>}</td>
                <td>{change.after !== undefined && <ins>{change.after}</ins>}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
