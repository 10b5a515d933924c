import { isLang, type Lang } from '../../domain/lang.ts';
import { languageName, Layout } from '../components/layout.tsx';
import { CsrfField } from '../components/user-menu.tsx';
import type { SchemaField } from '../forms/schema-form.ts';
import { catalogs, type MessageKey, type Translate } from '../i18n/index.ts';
import { FormMessages, ReasonAndSubmit } from '../components/form-parts.tsx';

interface Props {
  lang: Lang;
  t: Translate;
  path: string;
  action: string;
  title: string;
  /** The record's id or code, which an edit cannot change. */
  idField: string;
  id: string;
  fields: SchemaField[];
  baseVersion: number;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  reason: string;
  notice?: string;
}

/** A field's label: the catalog's wording when it has one (`field.<key>`), else the key itself. */
function labelFor(name: string, lang: Lang): string {
  const parts = name.split('.');
  const last = parts.at(-1)!;
  const langSuffix = isLang(last) ? ` (${languageName(last, lang)})` : '';
  const key = isLang(last) ? parts.at(-2)! : last;
  const known = (catalogs[lang] as Record<string, string>)[`field.${key}` as MessageKey];
  const words = known ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const context =
    parts.length > (isLang(last) ? 2 : 1) ? `${parts.slice(0, isLang(last) ? -2 : -1).join(' › ')} › ` : '';
  return `${context}${words}${langSuffix}`;
}

function Input({ field, value, invalid }: { field: SchemaField; value: string; invalid: boolean }) {
  const common = {
    id: `f-${field.name}`,
    name: field.name,
    class: invalid ? 'invalid' : undefined,
    'aria-invalid': invalid ? 'true' : undefined,
  };
  const inputLang = field.name.split('.').find(isLang);
  switch (field.kind) {
    case 'textarea':
      return (
        <textarea {...common} lang={inputLang} rows={3}>
          {value}
        </textarea>
      );
    case 'yaml':
      return (
        <textarea {...common} rows={4} class={`yaml${invalid ? ' invalid' : ''}`}>
          {value}
        </textarea>
      );
    case 'select':
      return (
        <select {...common}>
          {!field.required && <option value="">—</option>}
          {field.options!.map((o) => (
            <option value={o} selected={o === value}>
              {o}
            </option>
          ))}
        </select>
      );
    case 'checks': {
      const chosen = new Set(value.split('\n'));
      return (
        <div class="checks">
          {field.options!.map((o) => (
            <label>
              <input type="checkbox" name={field.name} value={o} checked={chosen.has(o)} /> {o}
            </label>
          ))}
        </div>
      );
    }
    case 'boolean':
      return <input {...common} type="checkbox" checked={value === 'on'} />;
    case 'number':
      return <input {...common} type="number" step="any" value={value} />;
    default:
      return <input {...common} type="text" lang={inputLang} value={value} />;
  }
}

/** An editor generated from a record's schema: facilities, country profiles, document metadata. */
export function RecordEditPage(props: Props) {
  const { lang, t } = props;
  const groups = [...new Set(props.fields.filter((f) => f.name !== props.idField).map((f) => f.group))];
  const known = new Set(props.fields.map((f) => f.name));
  return (
    <Layout lang={lang} t={t} title={props.title} path={props.path}>
      <h1>{props.title}</h1>
      <FormMessages t={t} notice={props.notice} errors={props.errors} fieldNames={known} />
      <form method="post" action={props.action}>
        <CsrfField />
        <input type="hidden" name="_baseVersion" value={String(props.baseVersion)} />
        <input type="hidden" name={props.idField} value={props.id} />
        <p>
          <code>{props.id}</code>
        </p>
        {groups.map((group) => (
          <fieldset>
            <legend>{labelFor(group, lang)}</legend>
            <div class="form-grid">
              {props.fields
                .filter((f) => f.group === group && f.name !== props.idField)
                .map((field) => {
                  const errors = props.errors[field.name];
                  return (
                    <>
                      <label for={`f-${field.name}`}>{labelFor(field.name, lang)}</label>
                      <div data-field={field.name}>
                        <Input field={field} value={props.values[field.name] ?? ''} invalid={!!errors} />
                        {field.kind === 'commas' && <p class="help">{t('edit.listHelp')}</p>}
                        {field.kind === 'yaml' && <p class="help">YAML</p>}
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
    </Layout>
  );
}
