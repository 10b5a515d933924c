import { countryName } from '../../domain/countries.ts';
import { type Citation, citationKind } from '../../domain/citation.ts';
import { hasNamedReviewer } from '../../domain/common.ts';
import { type Lang, type LocalizedText, pickText } from '../../domain/lang.ts';
import {
  analysisDimension,
  legalWeight,
  policyCategory,
  policyScope,
  policyStatus,
  reviewStatus,
  sector,
} from '../../domain/policy-enums.ts';
import {
  ANALYSIS_DIMENSIONS,
  IMPACT_AREAS,
  IMPLEMENTATION_FIELDS,
  type Policy,
  REGULATORY_PILLARS,
} from '../../domain/policy.ts';
import type { PolicyPageView } from '../../server/routes/policies/load.ts';
import { urls } from '../../server/urls.ts';
import { RadarChart } from '../charts/radar.tsx';
import { languageName, Layout } from '../components/layout.tsx';
import { LocalText } from '../components/local-text.tsx';
import { PolicyActions } from '../components/user-menu.tsx';
import { QualityBadge } from '../components/quality-badge.tsx';
import type { Translate } from '../i18n/index.ts';
import { SimulatorLink } from './simulator-link.tsx';

interface Ctx {
  lang: Lang;
  t: Translate;
  /** True when the whole record lacks the reader's language: one notice instead of one per field. */
  quiet?: boolean;
}

function CitationLine({ citation, t, lang }: { citation: Citation | undefined } & Ctx) {
  if (!citation) return <p class="cite">{t('policy.citation.none')}</p>;
  const kind = citationKind(citation);
  const where =
    kind === 'passage' ? (
      <a href={urls.documentPassage(citation.documentId!, citation.anchor!, lang)} data-passage={citation.anchor}>
        {t('policy.citation.passage', { anchor: citation.anchor!, doc: citation.documentId! })}
      </a>
    ) : kind === 'document'
        ? t('policy.citation.document', { doc: citation.documentId! })
        : t('policy.citation.external');
  return (
    <p class="cite" data-citation-kind={kind}>
      {t('policy.citation')}: {citation.text && <span>{citation.text}</span>}
      {citation.url && (
        <>
          {' '}
          <a href={citation.url} rel="nofollow noopener">
            {citation.url}
          </a>
        </>
      )}{' '}
      <small>({where})</small>
    </p>
  );
}

function ReviewNotice({ policy, t }: { policy: Policy } & Ctx) {
  const reviewer = policy.provenance.reviewer;
  if (policy.reviewStatus === 'verified' && hasNamedReviewer(policy.provenance)) {
    return <p class="notice ok">{t('review.verified', { reviewer: reviewer! })}</p>;
  }
  if (policy.reviewStatus === 'verified') {
    return (
      <p class="notice" data-review="unbacked">
        {t('review.claimUnbacked', { reviewer: reviewer ?? '—' })}
      </p>
    );
  }
  return (
    <p class="notice" data-review="unreviewed">
      {t('review.unreviewed')}
    </p>
  );
}

function TextRows({ rows, ...ctx }: { rows: [string, LocalizedText | undefined][] } & Ctx) {
  const present = rows.filter(([, text]) => pickText(text, ctx.lang));
  if (present.length === 0) return null;
  return (
    <dl class="facts">
      {present.map(([label, text]) => (
        <>
          <dt>{label}</dt>
          <dd>
            <LocalText text={text} {...ctx} />
          </dd>
        </>
      ))}
    </dl>
  );
}

function PolicyLinks({ ids, view, ...ctx }: { ids: string[]; view: PolicyPageView } & Ctx) {
  return (
    <>
      {ids.map((id, i) => (
        <>
          {i > 0 && ', '}
          {view.linkedTitles.has(id) ? (
            <a href={urls.policy(id, ctx.lang)}>
              <LocalText text={view.linkedTitles.get(id)} {...ctx} />
            </a>
          ) : (
            <span title="not in the Atlas">{id}</span>
          )}
        </>
      ))}
    </>
  );
}

function Evolution({ policy, view, ...ctx }: { policy: Policy; view: PolicyPageView } & Ctx) {
  const { t } = ctx;
  const e = policy.evolution;
  const window = e.effectiveApplicationWindow;
  return (
    <section id="evolution">
      <h2>{t('policy.evolution')}</h2>
      <dl class="facts">
        {(['supersedes', 'supersededBy', 'consolidatedFrom'] as const).map(
          (key) =>
            e[key].length > 0 && (
              <>
                <dt>{t(`evolution.${key}`)}</dt>
                <dd>
                  <PolicyLinks ids={e[key]} view={view} {...ctx} />
                </dd>
              </>
            ),
        )}
        {e.clusters.length > 0 && (
          <>
            <dt>{t('evolution.clusters')}</dt>
            <dd>
              {e.clusters.map((c) => (
                <span class="badge">{c}</span>
              ))}
            </dd>
          </>
        )}
        {e.currentConsolidatedVersion && (
          <>
            <dt>{t('evolution.currentConsolidatedVersion')}</dt>
            <dd>{e.currentConsolidatedVersion}</dd>
          </>
        )}
        {window && (
          <>
            <dt>{t('evolution.effectiveApplicationWindow')}</dt>
            <dd>
              {window.from ?? '…'} – {window.to ?? '…'}
            </dd>
          </>
        )}
        {e.sourcePublicationDate && (
          <>
            <dt>{t('evolution.sourcePublicationDate')}</dt>
            <dd>{e.sourcePublicationDate}</dd>
          </>
        )}
      </dl>
      {e.milestones.length > 0 && (
        <>
          <h3>{t('evolution.milestones')}</h3>
          <ol class="milestones">
            {e.milestones.map((m) => (
              <li>
                <time datetime={m.date}>{m.date}</time> — <LocalText text={m.event} {...ctx} />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The policy page: every field of the record, laid out for reading. */
export function PolicyPage({ view, path, lang, t }: { view: PolicyPageView; path: string } & Ctx) {
  const policy = view.stored.policy;
  const titleIn = pickText(policy.title, lang);
  const ctx: Ctx = { lang, t, quiet: titleIn?.fallback === true };
  const title = pickText(policy.title, lang)?.value ?? policy.id;
  const axes = ANALYSIS_DIMENSIONS.map((d) => ({
    key: d,
    label: analysisDimension.label(d, lang),
    score: policy.analysis[d]?.score ?? null,
  }));
  const p = policy.provenance;
  return (
    <Layout
      lang={lang}
      t={t}
      title={title}
      description={pickText(policy.description, lang)?.value.replace(/[#*_>\n]+/g, ' ').slice(0, 200)}
      path={path}
      twins={[
        { format: 'json', href: urls.policy(policy.id, undefined, 'json') },
        { format: 'md', href: urls.policy(policy.id, undefined, 'md') },
      ]}
    >
      <article data-policy-id={policy.id}>
        <p>
          <a href={urls.policies(lang, { country: [policy.country] })}>{countryName(policy.country, lang)}</a>
          {policy.year && <> · {policy.year}</>} · <span class="badge">{policyStatus.label(policy.status, lang)}</span>{' '}
          <span class={`badge ${policy.reviewStatus}`} data-field="reviewStatus">
            {reviewStatus.label(policy.reviewStatus, lang)}
          </span>
        </p>
        <h1>
          <LocalText text={policy.title} {...ctx} />
        </h1>
        {ctx.quiet && titleIn && (
          <p class="fallback" data-fallback={titleIn.lang}>
            {t('fallback.record', { lang: languageName(titleIn.lang, lang) })}
          </p>
        )}
        <ReviewNotice policy={policy} {...ctx} />
        <QualityBadge policy={policy} lang={lang} t={t} />
        <PolicyActions id={policy.id} lang={lang} t={t} />
        <SimulatorLink policyId={policy.id} lang={lang} t={t} />
        <div class="overview">
          <section id="facts">
            <h2>{t('policy.facts')}</h2>
            <dl class="facts">
              <dt>{t('field.country')}</dt>
              <dd data-field="country">{countryName(policy.country, lang)}</dd>
              {policy.year !== undefined && (
                <>
                  <dt>{t('field.year')}</dt>
                  <dd data-field="year">{policy.year}</dd>
                </>
              )}
              <dt>{t('field.status')}</dt>
              <dd data-field="status">{policyStatus.label(policy.status, lang)}</dd>
              <dt>{t('field.category')}</dt>
              <dd data-field="category">{policyCategory.label(policy.category, lang)}</dd>
              {policy.legalWeight && (
                <>
                  <dt>{t('field.legalWeight')}</dt>
                  <dd data-field="legalWeight">{legalWeight.label(policy.legalWeight, lang)}</dd>
                </>
              )}
              {policy.scope && (
                <>
                  <dt>{t('field.scope')}</dt>
                  <dd data-field="scope">{policyScope.label(policy.scope, lang)}</dd>
                </>
              )}
              {policy.scopeNote && (
                <>
                  <dt>{t('field.scopeNote')}</dt>
                  <dd>
                    <LocalText text={policy.scopeNote} {...ctx} />
                  </dd>
                </>
              )}
              {policy.pubDate && (
                <>
                  <dt>{t('field.pubDate')}</dt>
                  <dd data-field="pubDate">
                    <time datetime={policy.pubDate}>{policy.pubDate}</time>
                  </dd>
                </>
              )}
              {policy.sectors.length > 0 && (
                <>
                  <dt>{t('field.sectors')}</dt>
                  <dd data-field="sectors">{policy.sectors.map((s) => sector.label(s, lang)).join(', ')}</dd>
                </>
              )}
              {pickText(policy.tags, lang) && (
                <>
                  <dt>{t('field.tags')}</dt>
                  <dd data-field="tags" lang={pickText(policy.tags, lang)!.lang}>
                    {pickText(policy.tags, lang)!.value.map((tag) => (
                      <span class="badge">{tag}</span>
                    ))}
                  </dd>
                </>
              )}
              {policy.source && (
                <>
                  <dt>{t('field.source')}</dt>
                  <dd data-field="source">{policy.source}</dd>
                </>
              )}
              {policy.url && (
                <>
                  <dt>{t('field.url')}</dt>
                  <dd data-field="url">
                    <a href={policy.url} rel="nofollow noopener">
                      {policy.url}
                    </a>
                  </dd>
                </>
              )}
              {policy.relatedDocuments.length > 0 && (
                <>
                  <dt>{t('field.relatedDocuments')}</dt>
                  <dd data-field="relatedDocuments">{policy.relatedDocuments.join(', ')}</dd>
                </>
              )}
              {policy.relatedFacilities.length > 0 && (
                <>
                  <dt>{t('field.relatedFacilities')}</dt>
                  <dd data-field="relatedFacilities">{policy.relatedFacilities.join(', ')}</dd>
                </>
              )}
            </dl>
          </section>
          <figure>
            <RadarChart axes={axes} title={t('policy.radar')} />
          </figure>
        </div>

        <section id="analysis">
          <h2>{t('policy.analysis')}</h2>
          <div class="dims">
            {ANALYSIS_DIMENSIONS.map((d) => {
              const dim = policy.analysis[d];
              return (
                <div class="dim" id={`dim-${d}`} data-dimension={d}>
                  <h3>
                    <span>{analysisDimension.label(d, lang)}</span>
                    <span class="score">{dim ? dim.score : '–'}</span>
                  </h3>
                  {dim ? (
                    <>
                      <svg class="meter" viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true">
                        <rect width="100" height="4" class="meter-track" />
                        <rect width={dim.score} height="4" class="meter-fill" />
                      </svg>
                      <p class="label">
                        <LocalText text={dim.label} {...ctx} />
                      </p>
                      <p>
                        <LocalText text={dim.evidence} {...ctx} />
                      </p>
                      <CitationLine citation={dim.citation} {...ctx} />
                      {dim.auditNote && (
                        <p class="cite">
                          {t('policy.auditNote')}: <LocalText text={dim.auditNote} {...ctx} />
                        </p>
                      )}
                    </>
                  ) : (
                    <p class="cite">{t('policy.notScored')}</p>
                  )}
                </div>
              );
            })}
          </div>
        </section>

        {policy.description && (
          <section id="overview">
            <h2>{t('policy.overview')}</h2>
            <LocalText text={policy.description} markdown {...ctx} />
          </section>
        )}

        {IMPACT_AREAS.some((a) => policy.impactAnalysis[a]) && (
          <section id="impact">
            <h2>{t('policy.impact')}</h2>
            <TextRows rows={IMPACT_AREAS.map((a) => [t(`impact.${a}`), policy.impactAnalysis[a]])} {...ctx} />
          </section>
        )}

        {policy.interpretation && (
          <section id="interpretation">
            <h2>{t('policy.interpretation')}</h2>
            <LocalText text={policy.interpretation} markdown {...ctx} />
          </section>
        )}

        <Evolution policy={policy} view={view} {...ctx} />

        {IMPLEMENTATION_FIELDS.some((f) => policy.implementationDetails[f]) && (
          <section id="implementation">
            <h2>{t('policy.implementation')}</h2>
            <TextRows
              rows={IMPLEMENTATION_FIELDS.map((f) => [t(`implementation.${f}`), policy.implementationDetails[f]])}
              {...ctx}
            />
          </section>
        )}

        {REGULATORY_PILLARS.some((r) => policy.regulatory[r]) && (
          <section id="regulatory">
            <h2>{t('policy.regulatory')}</h2>
            <TextRows rows={REGULATORY_PILLARS.map((r) => [t(`pillar.${r}`), policy.regulatory[r]])} {...ctx} />
          </section>
        )}

        <section id="provenance">
          <h2>{t('policy.provenance')}</h2>
          <dl class="facts">
            <dt>{t('provenance.reviewStatus')}</dt>
            <dd>{reviewStatus.label(policy.reviewStatus, lang)}</dd>
            <dt>{t('provenance.author')}</dt>
            <dd data-field="author">{p.author ?? '—'}</dd>
            <dt>{t('provenance.reviewer')}</dt>
            <dd data-field="reviewer">{hasNamedReviewer(p) ? p.reviewer : `${p.reviewer ?? '—'} — ${t('provenance.noReviewer')}`}</dd>
            {p.lastAuditDate && (
              <>
                <dt>{t('provenance.lastAuditDate')}</dt>
                <dd data-field="lastAuditDate">{p.lastAuditDate}</dd>
              </>
            )}
          </dl>
        </section>
      </article>
    </Layout>
  );
}
