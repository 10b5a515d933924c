import type { Lang } from '../../domain/lang.ts';
import { SCHEME_IDS, SCHEMES, type SchemeId } from '../../schemes/index.ts';
import type { MessageKey, Translate } from '../i18n/index.ts';

/** What the reader typed for a scheme parameter override (`schemeParams.<id>.<key>`), if anything. */
export type TypedParam = (id: SchemeId, key: string) => string | undefined;

/** Typed overrides of a query string. */
export const typedParamsOf = (query: URLSearchParams): TypedParam => (id, key) => query.get(`schemeParams.${id}.${key}`)?.trim() || undefined;

/**
 * Every parameter of the selected schemes with its certainty tag and source. Numbers and switches are
 * fields of the simulator form (through the `form` attribute): left empty they keep the default shown as
 * the placeholder, so the address of a run names only what was changed.
 */
export function SchemeParamsSection({ ids, typed, t }: { ids: readonly string[]; typed: TypedParam; lang: Lang; t: Translate }) {
  const selected = SCHEME_IDS.filter((id) => ids.includes(id));
  const open = selected.some((id) => Object.keys(SCHEMES[id].params).some((key) => typed(id, key) !== undefined));
  return (
    <details class="sim-params" open={open}>
      <summary>{t('sim.params')}</summary>
      <p class="help">{t('sim.paramsNote')}</p>
      {selected.map((id) => (
        <div class="sim-scroll">
          <h4>{t(`sim.scheme.${id}` as MessageKey)}</h4>
          <table class="sim-table" data-table="params" data-scheme={id}>
            <thead>
              <tr>
                <th>{t('sim.col.param')}</th>
                <th>{t('sim.col.value')}</th>
                <th>{t('sim.col.certainty')}</th>
                <th>{t('sim.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(SCHEMES[id].params).map(([key, p]) => {
                const name = `schemeParams.${id}.${key}`;
                const value = typed(id, key) ?? '';
                const fieldId = `p-${id}-${key}`;
                return (
                  <tr data-param={key}>
                    <th scope="row">
                      <label for={fieldId}>
                        <code>{key}</code>
                      </label>
                    </th>
                    <td>
                      {typeof p.value === 'number' ? (
                        <input id={fieldId} form="sim-form" name={name} type="text" inputmode="decimal" size={10} value={value} placeholder={String(p.value)} />
                      ) : typeof p.value === 'boolean' ? (
                        <select id={fieldId} form="sim-form" name={name}>
                          <option value="">{String(p.value)}</option>
                          <option value="true" selected={value === 'true'}>
                            true
                          </option>
                          <option value="false" selected={value === 'false'}>
                            false
                          </option>
                        </select>
                      ) : (
                        <span id={fieldId}>{String(p.value)}</span>
                      )}
                      {p.unit && ` ${p.unit}`}
                    </td>
                    <td>
                      [{p.certainty}] {t(`sim.certainty.${p.certainty}` as MessageKey)}
                    </td>
                    <td lang="en">{p.source}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ))}
      <p class="actions">
        <button type="submit" form="sim-form">
          {t('sim.form.run')}
        </button>
      </p>
    </details>
  );
}
