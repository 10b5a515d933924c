import { isLang, type Lang } from '../../domain/lang.ts';
import { analysisDimension } from '../../domain/policy-enums.ts';
import { urls } from '../../server/urls.ts';
import { languageName, Layout } from '../components/layout.tsx';
import { CsrfField } from '../components/user-menu.tsx';
import { type FormField, POLICY_FORM } from '../forms/policy-form.ts';
import type { Translate } from '../i18n/index.ts';
import { FormMessages, ReasonAndSubmit } from '../components/form-parts.tsx';

interface Props {
  lang: Lang;
  t: Translate;
  path: string;
  /** Undefined when creating a new record. */
  id?: string;
  title: string;
  baseVersion: number;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  reason: string;
  notice?: string;
}

function suffixLabel(suffix: string | undefined, lang: Lang): string {
  if (!suffix) return '';
  if (isLang(suffix)) return ` (${languageName(suffix, lang)})`;
  return ` — ${analysisDimension.resolve(suffix) ? analysisDimension.label(analysisDimension.resolve(suffix)!, lang) : suffix}`;
}

function Input({
  field,
  value,
  invalid,
  lang,
}: {
  field: FormField;
  value: string;
  invalid: boolean;
  lang: Lang;
}) {
  const common = {
    id: `f-${field.name}`,
    name: field.name,
    class: invalid ? 'invalid' : undefined,
    'aria-invalid': invalid ? 'true' : undefined,
  };
  const inputLang = field.name.split('.').find(isLang);
  switch (field.kind) {
    case 'textarea':
    case 'lines':
    case 'milestones':
      return (
        <textarea {...common} lang={inputLang} rows={field.kind === 'textarea' ? 4 : 3}>
          {value}
        </textarea>
      );
    case 'select':
      return (
        <select {...common}>
          {!field.required && <option value="">—</option>}
          {field.options!.values.map((v) => (
            <option value={v} selected={v === value}>
              {field.options!.label(v, lang)}
            </option>
          ))}
        </select>
      );
    case 'checks': {
      const chosen = new Set(value.split('\n'));
      return (
        <div class="checks">
          {field.options!.values.map((v) => (
            <label>
              <input type="checkbox" name={field.name} value={v} checked={chosen.has(v)} />{' '}
              {field.options!.label(v, lang)}
            </label>
          ))}
        </div>
      );
    }
    default:
      return (
        <input
          {...common}
          type={field.kind === 'commas' ? 'text' : field.kind}
          lang={inputLang}
          value={value}
          step={field.kind === 'number' ? '1' : undefined}
        />
      );
  }
}

/** The policy editor: the whole record as a form; errors sit next to their fields. */
export function PolicyEditPage(props: Props) {
  const { lang, t } = props;
  const action = props.id ? urls.editPolicy(props.id, lang) : urls.newPolicy(lang);
  return (
    <Layout lang={lang} t={t} title={props.title} path={props.path}>
      <h1>{props.title}</h1>
      <FormMessages
        t={t}
        notice={props.notice}
        errors={props.errors}
        fieldNames={new Set(['id', ...POLICY_FORM.flatMap((s) => s.fields.map((f) => f.name))])}
      />
      <form method="post" action={action}>
        <CsrfField />
        <input type="hidden" name="_baseVersion" value={String(props.baseVersion)} />
        <div class="form-grid">
          <label for="f-id">id</label>
          <div>
            {props.id ? (
              <>
                <code>{props.id}</code>
                <input type="hidden" name="id" value={props.id} />
              </>
            ) : (
              <input
                id="f-id"
                type="text"
                name="id"
                value={props.values.id ?? ''}
                required
                pattern="[a-z0-9]+(-[a-z0-9]+)*"
                class={props.errors.id ? 'invalid' : undefined}
              />
            )}
            {props.errors.id?.map((m) => (
              <p class="field-error">{m}</p>
            ))}
          </div>
        </div>
        {POLICY_FORM.map((section) => (
          <fieldset>
            <legend>
              {t(section.legend.key)}
              {suffixLabel(section.legend.suffix, lang)}
            </legend>
            <div class="form-grid">
              {section.fields.map((field) => {
                const errors = props.errors[field.name];
                return (
                  <>
                    <label for={`f-${field.name}`}>
                      {t(field.label.key)}
                      {suffixLabel(field.label.suffix, lang)}
                      {field.name.endsWith('.to') && ' →'}
                    </label>
                    <div data-field={field.name}>
                      <Input
                        field={field}
                        value={props.values[field.name] ?? ''}
                        invalid={!!errors}
                        lang={lang}
                      />
                      {field.kind === 'commas' && <p class="help">{t('edit.listHelp')}</p>}
                      {field.kind === 'lines' && <p class="help">{t('edit.linesHelp')}</p>}
                      {field.kind === 'milestones' && <p class="help">{t('edit.milestonesHelp')}</p>}
                      {field.name.endsWith('citation.text') && (
                        <p class="help">{t('edit.citation.external')}</p>
                      )}
                      {field.name.endsWith('citation.url') && (
                        <div class="picker" data-picker-for={field.name.replace(/\.url$/, '')} />
                      )}
                      {errors?.map((m) => (
                        <p class="field-error" role="alert">
                          {m}
                        </p>
                      ))}
                    </div>
                  </>
                );
              })}
            </div>
          </fieldset>
        ))}
        <ReasonAndSubmit t={t} reason={props.reason} />
      </form>
      <script src={urls.asset('passage-picker.js')} defer />
    </Layout>
  );
}
