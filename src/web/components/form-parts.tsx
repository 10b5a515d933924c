import type { Translate } from '../i18n/index.ts';

/**
 * What an editor shows above its form: a conflict notice, and when the submission had errors, the
 * summary plus the errors that belong to no visible field (those are shown next to their field).
 */
export function FormMessages(props: {
  t: Translate;
  notice?: string;
  errors: Record<string, string[]>;
  fieldNames: ReadonlySet<string>;
}) {
  const general = Object.entries(props.errors).filter(([name]) => !props.fieldNames.has(name));
  return (
    <>
      {props.notice && (
        <p class="notice" role="alert" data-conflict>
          {props.notice}
        </p>
      )}
      {Object.keys(props.errors).length > 0 && (
        <div class="notice" role="alert">
          <p>{props.t('edit.errors')}</p>
          {general.length > 0 && (
            <ul>
              {general.flatMap(([name, messages]) =>
                messages.map((m) => (
                  <li>
                    {name}: {m}
                  </li>
                )),
              )}
            </ul>
          )}
        </div>
      )}
    </>
  );
}

/** The end of every editor: why the change is made, and the button that sends it for review. */
export function ReasonAndSubmit({ t, reason }: { t: Translate; reason: string }) {
  return (
    <div class="stack">
      <label>
        {t('edit.reason')}
        <textarea name="_reason" required rows={2}>
          {reason}
        </textarea>
      </label>
      <button type="submit">{t('edit.submit')}</button>
    </div>
  );
}
