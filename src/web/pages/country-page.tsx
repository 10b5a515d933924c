import { citationKind } from '../../domain/citation.ts';
import { facilityStatus, worldRegion } from '../../domain/facility-enums.ts';
import type { Lang } from '../../domain/lang.ts';
import { ANALYSIS_DIMENSIONS, REGULATORY_PILLARS } from '../../domain/policy.ts';
import { analysisDimension } from '../../domain/policy-enums.ts';
import type { CountryPageView } from '../../server/routes/countries/load.ts';
import { urls } from '../../server/urls.ts';
import { Bar } from '../charts/dimension-bar.tsx';
import { Layout } from '../components/layout.tsx';
import { LocalText } from '../components/local-text.tsx';
import type { MessageKey, Translate } from '../i18n/index.ts';
import type { ResolvedPillar } from '../../analysis/country-pillars.ts';
import { EditLink } from '../components/user-menu.tsx';

interface Props {
  view: CountryPageView;
  lang: Lang;
  t: Translate;
  path: string;
}

const mt = (n: number, lang: Lang) =>
  n.toLocaleString(lang === 'zh' ? 'zh-CN' : lang, { maximumFractionDigits: 2 });

/** One pillar's text with where it comes from and its citation. */
export function PillarText({
  pillar,
  lang,
  t,
}: {
  pillar: ResolvedPillar | undefined;
  lang: Lang;
  t: Translate;
}) {
  if (!pillar) return <span class="missing">{t('country.pillarMissing')}</span>;
  return (
    <>
      <LocalText text={pillar.text} lang={lang} t={t} />{' '}
      <small class="source" data-source={pillar.source}>
        ({t(`country.source.${pillar.source}` as MessageKey)}
        {pillar.policyId ? (
          <>
            {' '}
            <a href={urls.policy(pillar.policyId, lang)}>{pillar.citation?.text ?? pillar.policyId}</a>
          </>
        ) : pillar.citation ? (
          <>
            {': '}
            {pillar.citation.url && citationKind(pillar.citation) === 'external' ? (
              <a href={pillar.citation.url} rel="noopener noreferrer external">
                {pillar.citation.text ?? pillar.citation.url}
              </a>
            ) : (
              pillar.citation.text
            )}
          </>
        ) : (
          <>, {t('country.uncited')}</>
        )}
        )
      </small>
    </>
  );
}

/** A country: profile, targets, the seven pillars, governance metrics, deployment and policies. */
export function CountryPage({ view, lang, t, path }: Props) {
  const s = view.snapshot;
  const pillars = new Map(s.pillars.map((p) => [p.pillar, p]));
  return (
    <Layout
      lang={lang}
      t={t}
      title={s.names[lang]}
      path={path}
      twins={[
        { format: 'json', href: urls.country(s.code, lang, 'json') },
        { format: 'csv', href: urls.country(s.code, lang, 'csv') },
      ]}
    >
      <h1>{s.names[lang]}</h1>
      {s.profile && <EditLink href={`/${lang}/countries/${s.code}/edit`} t={t} />}
      <p class="names">
        {s.names.zh} · {s.names.en} · {s.names.ja}
        {s.region && <> · {worldRegion.label(s.region, lang)}</>}
      </p>
      {s.profile?.summary && (
        <p>
          <LocalText text={s.profile.summary} lang={lang} t={t} />
        </p>
      )}
      {s.profile?.netZeroYear && (
        <p>
          {t('country.netZero', { year: s.profile.netZeroYear })}
          {s.profile.netZeroCitation?.text && (
            <small class="source"> ({s.profile.netZeroCitation.text})</small>
          )}
        </p>
      )}
      {s.profile && s.profile.storageTargets.length > 0 && (
        <>
          <h2>{t('country.targets')}</h2>
          <ul>
            {s.profile.storageTargets.map((target) => (
              <li>
                <LocalText text={target.text} lang={lang} t={t} />
                {target.citation?.text && <small class="source"> ({target.citation.text})</small>}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>{t('country.pillars')}</h2>
      <dl class="pillars">
        {REGULATORY_PILLARS.map((p) => (
          <>
            <dt>{t(`pillar.${p}` as MessageKey)}</dt>
            <dd data-pillar={p}>
              <PillarText pillar={pillars.get(p)} lang={lang} t={t} />
            </dd>
          </>
        ))}
      </dl>
      <h2>{t('country.metrics')}</h2>
      <p data-governance={s.governance.index}>
        <strong>
          {t('country.governance', {
            index: s.governance.index,
            min: s.sensitivity.min,
            max: s.sensitivity.max,
          })}
        </strong>{' '}
        <a href={urls.methodology(lang)}>{t('facilities.methodology')}</a>
      </p>
      <h3>{t('country.coverage')}</h3>
      <table class="dims">
        <tbody>
          {ANALYSIS_DIMENSIONS.map((d) => {
            const dim = s.governance.dimensions[d];
            return (
              <tr>
                <th>{analysisDimension.label(d, lang)}</th>
                <td>
                  <Bar value={dim.value} label={`${dim.value}`} />
                </td>
                <td>
                  {dim.count > 0
                    ? t('country.dimension.count', { n: dim.count, mean: dim.meanScore ?? '' })
                    : t('country.dimension.none')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h2>{t('country.deployment')}</h2>
      <p>
        {t('facilities.pipeline', { n: s.totals.pipeline.count, mt: mt(s.totals.pipeline.mt, lang) })}
        <br />
        {t('facilities.committed', { n: s.totals.committed.count, mt: mt(s.totals.committed.mt, lang) })}
      </p>
      <h3>{t('country.byStatus')}</h3>
      <table class="bystatus">
        <tbody>
          {facilityStatus.values.map((st) => (
            <tr>
              <th>
                <a href={urls.facilities(lang, { country: [s.code], status: [st] })}>
                  {facilityStatus.label(st, lang)}
                </a>
              </th>
              <td class="num">{s.totals.byStatus[st].count}</td>
              <td class="num">{mt(s.totals.byStatus[st].mt, lang)} Mt</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.topFacilities.length > 0 && (
        <ul>
          {view.topFacilities.map((f) => (
            <li>
              <a href={f.url}>{f.name}</a> — {facilityStatus.label(f.status as never, lang)}
              {f.capacityMt !== null && `, ${mt(f.capacityMt, lang)} Mt/yr`}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={urls.facilities(lang, { country: [s.code] })}>
          {t('country.allFacilities', { n: s.facilities.length })}
        </a>{' '}
        · <a href={urls.compare(lang, { countries: s.code })}>{t('country.compareWith')}</a>
      </p>
      <h2>{t('country.policies')}</h2>
      {view.policies.length === 0 ? (
        <p>{t('country.policiesNone')}</p>
      ) : (
        <ul>
          {view.policies.map((p) => (
            <li>
              <a href={urls.policy(p.id, lang)}>{p.displayTitle}</a> {p.year ? `(${p.year})` : ''}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}
