import type { Lang } from '../../domain/lang.ts';
import type { QualityView } from '../../server/routes/quality/load.ts';
import { urls } from '../../server/urls.ts';
import { Layout } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';

const pct = (n: number, total: number) => (total === 0 ? '–' : `${Math.round((n / total) * 1000) / 10}%`);
const COVERAGE_KINDS = ['passage', 'document', 'external', 'none'] as const;
const COVERAGE_FILL: Record<(typeof COVERAGE_KINDS)[number], string> = { passage: '#1f7a4d', document: '#5aa47c', external: '#9bbfd9', none: '#d9534f' };

function CoverageBar({ view, t }: { view: QualityView; t: Translate }) {
  const { coverage } = view;
  let x = 0;
  return (
    <figure>
      <svg class="coverage" viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label={t('quality.coverage.caption', { n: coverage.scores })}>
        {COVERAGE_KINDS.map((kind) => {
          const w = coverage.scores === 0 ? 0 : (coverage[kind] / coverage.scores) * 100;
          const rect = <rect x={x} y="0" width={w} height="8" fill={COVERAGE_FILL[kind]} data-kind={kind} />;
          x += w;
          return rect;
        })}
      </svg>
      <figcaption>
        {t('quality.coverage.caption', { n: coverage.scores })}:{' '}
        {COVERAGE_KINDS.map((kind, i) => (
          <>
            {i > 0 && ' · '}
            <span data-coverage={kind}>
              {t(`quality.coverage.${kind}`)} {pct(coverage[kind], coverage.scores)} ({coverage[kind]})
            </span>
          </>
        ))}
      </figcaption>
    </figure>
  );
}

function TrendChart({ view }: { view: QualityView }) {
  const points = view.trend;
  if (points.length === 0) return null;
  const max = Math.max(1, ...points.map((p) => p.errors + p.warnings));
  const w = 100 / points.length;
  return (
    <svg class="trend" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {points.map((p, i) => {
        const eh = (p.errors / max) * 28;
        const wh = (p.warnings / max) * 28;
        return (
          <>
            <rect x={i * w + w * 0.15} y={30 - eh} width={w * 0.7} height={eh} fill="#d9534f" />
            <rect x={i * w + w * 0.15} y={30 - eh - wh} width={w * 0.7} height={wh} fill="#e0a030" />
          </>
        );
      })}
    </svg>
  );
}

/** /quality: figures from every audit, the trend over revisions and the records needing the most work. */
export function QualityPage({ view, lang, t, path }: { view: QualityView; lang: Lang; t: Translate; path: string }) {
  const s = view.summary.bySeverity;
  return (
    <Layout lang={lang} t={t} title={t('quality.title')} description={t('quality.lead')} path={path} twins={[{ format: 'json', href: urls.quality(undefined, 'json') }]}>
      <h1>{t('quality.title')}</h1>
      <p class="lead">{t('quality.lead')}</p>
      <section id="figures">
        <h2>{t('quality.figures')}</h2>
        <dl class="facts">
          <dt>{t('quality.records')}</dt>
          <dd data-figure="records">{t('quality.recordsValue', view.counts)}</dd>
          <dt>{t('quality.findings')}</dt>
          <dd data-figure="findings">{t('quality.findingsValue', s)}</dd>
          <dt>{t('quality.grades')}</dt>
          <dd data-figure="grades">{t('quality.gradesValue', view.grades)}</dd>
          <dt>{t('quality.reviewed')}</dt>
          <dd data-figure="reviewed">
            {view.reviewed.verified} / {view.reviewed.total} ({pct(view.reviewed.verified, view.reviewed.total)})
          </dd>
        </dl>
        <h3>{t('quality.coverage')}</h3>
        <CoverageBar view={view} t={t} />
      </section>
      <section id="checks">
        <h2>{t('quality.checks')}</h2>
        <table class="checks">
          <thead>
            <tr>
              <th>{t('quality.col.check')}</th>
              <th>{t('quality.col.error')}</th>
              <th>{t('quality.col.warning')}</th>
              <th>{t('quality.col.info')}</th>
            </tr>
          </thead>
          <tbody>
            {view.checks.map((c) => (
              <tr data-check={c.id}>
                <td>
                  {t(`quality.check.${c.id as 'placeholder-evidence'}`)} <small><code>{c.id}</code></small>
                </td>
                <td class="num">{c.counts.error}</td>
                <td class="num">{c.counts.warning}</td>
                <td class="num">{c.counts.info}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section id="trend">
        <h2>{t('quality.trend')}</h2>
        <p>{t('quality.trendLead')}</p>
        <TrendChart view={view} />
        <table class="trend">
          <thead>
            <tr>
              <th>{t('quality.col.month')}</th>
              <th>{t('quality.col.records')}</th>
              <th>{t('quality.col.error')}</th>
              <th>{t('quality.col.warning')}</th>
              <th>{t('quality.col.cited')}</th>
              <th>{t('quality.col.changes')}</th>
            </tr>
          </thead>
          <tbody>
            {view.trend.map((p) => (
              <tr data-month={p.month}>
                <td>{p.month}</td>
                <td class="num">{p.records}</td>
                <td class="num">{p.errors}</td>
                <td class="num">{p.warnings}</td>
                <td class="num">{pct(p.citedShare, 1)}</td>
                <td class="num">{p.allChanges}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={urls.changes(lang)}>{t('changes.title')}</a>
        </p>
      </section>
      <section id="worst">
        <h2>{t('quality.worst')}</h2>
        {view.worst.length === 0 ? (
          <p>{t('quality.worstNone')}</p>
        ) : (
          <table class="worst">
            <thead>
              <tr>
                <th>{t('quality.col.record')}</th>
                <th>{t('quality.col.findings')}</th>
                <th>{t('quality.col.first')}</th>
              </tr>
            </thead>
            <tbody>
              {view.worst.map((w) => (
                <tr data-record={`${w.entityType}:${w.entityId}`}>
                  <td>
                    <small>{t(`changes.type.${w.entityType as 'policy'}`)}</small> <a href={w.url}>{w.title}</a>
                  </td>
                  <td class="num">
                    <span data-errors={w.errors}>
                      {t('quality.col.error')} {w.errors}
                    </span>{' '}
                    · <span data-warnings={w.warnings}>
                      {t('quality.col.warning')} {w.warnings}
                    </span>
                  </td>
                  <td>
                    {t(`quality.check.${w.first.check as 'placeholder-evidence'}`)} · <code>{w.first.field}</code>: <span lang="en">{w.first.message}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </Layout>
  );
}
