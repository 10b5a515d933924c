import { facilityCapacityMt } from '../../analysis/capacity.ts';
import { countryName } from '../../domain/countries.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  locationPrecision,
  worldRegion,
} from '../../domain/facility-enums.ts';
import { type Lang, pickText } from '../../domain/lang.ts';
import { reviewStatus } from '../../domain/policy-enums.ts';
import type { FacilityPageView } from '../../server/routes/facilities/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { MessageKey, Translate } from '../i18n/index.ts';
import { EditLink } from '../components/user-menu.tsx';

interface Props {
  view: FacilityPageView;
  lang: Lang;
  t: Translate;
  path: string;
}

const DATE_KEYS = ['announcementYear', 'fidYear', 'operationYear', 'suspensionYear'] as const;

/** Everything about one facility: facts, capacity and how it was derived, timeline, sources, linked policies. */
export function FacilityPage({ view, lang, t, path }: Props) {
  const f = view.facility;
  const name = pickText(f.name, lang)!;
  const cap = facilityCapacityMt(f);
  const timeline = DATE_KEYS.filter((k) => f.dates[k] !== undefined).sort(
    (a, b) => f.dates[a]! - f.dates[b]!,
  );
  return (
    <Layout
      lang={lang}
      t={t}
      title={name.value}
      path={path}
      twins={[
        { format: 'json', href: urls.facility(f.id, lang, 'json') },
        { format: 'csv', href: urls.facility(f.id, lang, 'csv') },
      ]}
    >
      <h1 lang={name.lang}>{name.value}</h1>
      <EditLink href={`/${lang}/facilities/${encodeURIComponent(f.id)}/edit`} t={t} />
      <p>
        <span class={`badge st-${f.status}`}>{facilityStatus.label(f.status, lang)}</span>{' '}
        {facilityType.label(f.type, lang)}
      </p>
      <h2>{t('facility.facts')}</h2>
      <dl class="facts">
        <dt>{t('facility.countries')}</dt>
        <dd>
          {f.countries.length === 0
            ? t('facilities.unknown')
            : f.countries.map((c, i) => (
                <>
                  {i > 0 && ' · '}
                  <a href={urls.facilities(lang, { country: [c] })}>{countryName(c, lang)}</a>
                </>
              ))}
        </dd>
        {f.region && (
          <>
            <dt>{t('facility.region')}</dt>
            <dd>{worldRegion.label(f.region, lang)}</dd>
          </>
        )}
        {f.sector && (
          <>
            <dt>{t('facility.sector')}</dt>
            <dd>{facilitySector.label(f.sector, lang)}</dd>
          </>
        )}
        {f.fate && (
          <>
            <dt>{t('facility.fate')}</dt>
            <dd>{carbonFate.label(f.fate, lang)}</dd>
          </>
        )}
        <dt>{t('facility.capacity')}</dt>
        <dd data-capacity-mt={cap.mt ?? ''}>
          {cap.mt === undefined
            ? t('facility.capacityUnknown')
            : t('facility.capacityFigure', {
                mt: cap.mt,
                basis: t(`facility.basis.${cap.basis}` as MessageKey),
              })}
          {f.capacity.announcedText && <> · {t('facility.announced', { text: f.capacity.announcedText })}</>}
        </dd>
        {f.phase !== undefined && (
          <>
            <dt>{t('facility.phase')}</dt>
            <dd>{f.phase}</dd>
          </>
        )}
        {f.operator && (
          <>
            <dt>{t('facility.operator')}</dt>
            <dd>{f.operator}</dd>
          </>
        )}
        {f.hub && (
          <>
            <dt>{t('facility.hub')}</dt>
            <dd>{f.hub}</dd>
          </>
        )}
        {f.partners.length > 0 && (
          <>
            <dt>{t('facility.partners')}</dt>
            <dd>{f.partners.join(', ')}</dd>
          </>
        )}
        <dt>{t('facility.location')}</dt>
        <dd>
          {f.location
            ? t('facility.locationPrecision', {
                lat: f.location.lat,
                lon: f.location.lon,
                precision: locationPrecision.label(f.location.precision, lang),
              })
            : t('facility.locationNone')}
        </dd>
      </dl>
      {timeline.length > 0 && (
        <>
          <h2>{t('facility.timeline')}</h2>
          <ol class="timeline">
            {timeline.map((k) => (
              <li>
                <strong>{f.dates[k]}</strong> {t(`facility.date.${k}` as MessageKey)}
              </li>
            ))}
          </ol>
        </>
      )}
      <h2>{t('facility.policies')}</h2>
      {view.links.length === 0 ? (
        <p>{t('facility.policiesNone')}</p>
      ) : (
        <ul class="links">
          {view.links.map((l) => {
            const title = pickText(l.title, lang);
            return (
              <li data-link-type={l.type}>
                <a href={urls.policy(l.policyId, lang)} lang={title?.lang}>
                  {title?.value ?? l.policyId}
                </a>{' '}
                — {t(`facility.link.${l.type}` as MessageKey)} (
                {t('facility.confidence', { c: l.confidence })})
                {l.note && (
                  <>
                    <br />
                    <small lang={pickText(l.note, lang)!.lang}>{pickText(l.note, lang)!.value}</small>
                  </>
                )}
                {l.evidence?.text && (
                  <>
                    {' '}
                    <small class="source">({l.evidence.text})</small>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {f.links.length > 0 && (
        <>
          <h2>{t('facility.links')}</h2>
          <ul class="sources">
            {f.links.map((href) => (
              <li>
                <a href={href} rel="noopener noreferrer external">
                  {href}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {f.source && (
        <p class="note">{t('facility.source', { dataset: f.source.dataset, id: f.source.recordId })}</p>
      )}
      <p class="note">
        <span class={`badge ${f.reviewStatus}`}>{reviewStatus.label(f.reviewStatus, lang)}</span>
        {f.provenance.author && <> · {f.provenance.author}</>}
      </p>
    </Layout>
  );
}
