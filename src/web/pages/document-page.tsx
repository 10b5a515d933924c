import { raw } from 'hono/html';
import type { Passage, Section, SourceDocument } from '../../domain/document.ts';
import { countryName } from '../../domain/countries.ts';
import type { Lang } from '../../domain/lang.ts';
import { isArticleAnchor, sectionLabel } from '../../ingest/documents/sections.ts';
import { urls } from '../../server/urls.ts';
import { displayText, markRanges, matchRanges } from '../../search/snippet.ts';
import { Layout, languageName } from '../components/layout.tsx';
import type { Translate } from '../i18n/index.ts';
import { SimulatorLink } from './simulator-link.tsx';
import { EditLink } from '../components/user-menu.tsx';

interface Props {
  document: SourceDocument;
  /** Terms to highlight (from the search that led here). */
  needles: string[];
  highlight?: string;
  lang: Lang;
  t: Translate;
  path: string;
}

const marked = (text: string, needles: readonly string[]) =>
  raw(markRanges(text, needles.length ? matchRanges(text, needles) : []));

function PassageView({ passage, needles, t }: { passage: Passage; needles: string[]; t: Translate }) {
  const text = displayText(passage.text);
  return (
    <div class={`passage ${passage.kind}`} id={passage.anchor} lang={passage.lang} data-kind={passage.kind}>
      <a class="pilcrow" href={`#${passage.anchor}`} aria-label={t('document.passageLink')}>
        ¶
      </a>
      {passage.label && <p class="plabel">{marked(displayText(passage.label), needles)}</p>}
      {passage.kind === 'table' && passage.rows ? (
        <table>
          {passage.rows.map((row) => (
            <tr>
              {row.map((cell) => (
                <td>{marked(displayText(cell), needles)}</td>
              ))}
            </tr>
          ))}
        </table>
      ) : (
        <p class="ptext">{marked(text, needles)}</p>
      )}
    </div>
  );
}

/** A section's heading as printed: number and title, a statute article's caption in brackets (第一条（目的）). */
const headingText = (s: Section) =>
  isArticleAnchor(s.anchor) && s.title ? `${s.number}（${s.title}）` : `${s.number} ${s.title}`.trim();

function Outline({ sections, parent }: { sections: readonly Section[]; parent?: string }) {
  const children = sections.filter((s) => s.parent === parent);
  if (children.length === 0) return null;
  return (
    <ol>
      {children.map((s) => (
        <li>
          <a href={`#${s.anchor}`}>{headingText(s) || s.anchor}</a>
          <Outline sections={sections} parent={s.anchor} />
        </li>
      ))}
    </ol>
  );
}

/** The reader: metadata, a section outline, then every section with its passages, each anchored. */
export function DocumentPage({ document: d, needles, highlight, lang, t, path }: Props) {
  const m = d.meta;
  const passagesBySection = new Map<string, Passage[]>();
  for (const p of d.passages)
    passagesBySection.set(p.section, [...(passagesBySection.get(p.section) ?? []), p]);
  const heading = (s: Section) => {
    const level = Math.min(6, s.level + 1);
    const Tag = `h${level}` as 'h2';
    return (
      <Tag id={s.anchor}>
        {headingText(s)}{' '}
        <a class="pilcrow" href={`#${s.anchor}`} aria-label={sectionLabel(d.sections, s.anchor) || s.anchor}>
          #
        </a>
      </Tag>
    );
  };
  return (
    <Layout
      lang={lang}
      t={t}
      title={m.title}
      path={path}
      twins={[{ format: 'json', href: urls.document(m.id, undefined, 'json') }]}
    >
      <h1 lang={m.languages[0]}>{m.title}</h1>
      <EditLink href={`/${lang}/documents/${encodeURIComponent(m.id)}/edit`} t={t} />
      <dl class="facts">
        {m.issuer && (
          <>
            <dt>{t('document.issuer')}</dt>
            <dd lang={m.languages[0]}>{m.issuer}</dd>
          </>
        )}
        {m.date && (
          <>
            <dt>{t('document.date')}</dt>
            <dd>{m.date}</dd>
          </>
        )}
        <dt>{t('document.country')}</dt>
        <dd>{countryName(m.country, lang)}</dd>
        <dt>{t('document.languages')}</dt>
        <dd>{m.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
        {m.sourceUrl && (
          <>
            <dt>{t('document.source')}</dt>
            <dd>
              <a href={m.sourceUrl} rel="nofollow noopener">
                {m.sourceUrl}
              </a>
            </dd>
          </>
        )}
        {m.licence && (
          <>
            <dt>{t('document.licence')}</dt>
            <dd>{m.licence}</dd>
          </>
        )}
        {m.policyIds.length > 0 && (
          <>
            <dt>{t('document.records')}</dt>
            <dd>
              {m.policyIds.map((id) => (
                <>
                  <a href={urls.policy(id, lang)}>{id}</a>{' '}
                </>
              ))}
            </dd>
          </>
        )}
      </dl>
      {m.policyIds.map((id) => (
        <SimulatorLink policyId={id} lang={lang} t={t} />
      ))}
      {highlight && <p class="notice ok">{t('document.highlight', { q: highlight })}</p>}
      <div class="reader">
        <nav class="outline" aria-label={t('document.outline')}>
          <h2>{t('document.outline')}</h2>
          <Outline sections={d.sections} />
        </nav>
        <article>
          {d.sections.map((s) => (
            <section class="dsection" data-anchor={s.anchor}>
              {s.title || s.number ? heading(s) : <span id={s.anchor} />}
              {(passagesBySection.get(s.anchor) ?? []).map((p) => (
                <PassageView passage={p} needles={needles} t={t} />
              ))}
            </section>
          ))}
        </article>
      </div>
    </Layout>
  );
}
