import { countryName } from '../../../domain/countries.ts';
import type { Lang } from '../../../domain/lang.ts';
import { explainMatch, type MatchReason, queryNeedles } from '../../../search/explain.ts';
import { countFacet, type SearchFacet } from '../../../search/facets/search-facets.ts';
import { matchExpression } from '../../../search/match-plan.ts';
import { parseSearchQuery, type SearchQuery } from '../../../search/query.ts';
import { rankHits } from '../../../search/rank.ts';
import { scoreWindow } from '../../../search/window-score.ts';
import { displayText, snippet } from '../../../search/snippet.ts';
import type { PassageHit } from '../../../store/document-repository.ts';
import type { Store } from '../../../store/store.ts';
import { urls } from '../../urls.ts';
import { SEARCH_PAGE_SIZE } from './schema.ts';

/** Matches counted for facets and grouping: the best ones by BM25. */
export const SEARCH_WINDOW = 500;
const LANG_LABELS: Record<string, Record<Lang, string>> = {
  ja: { ja: '日本語', zh: '日语', en: 'Japanese' },
  zh: { ja: '中国語', zh: '中文', en: 'Chinese' },
  en: { ja: '英語', zh: '英文', en: 'English' },
};
const TYPE_LABELS: Record<string, Record<Lang, string>> = {
  passage: { ja: '文書の節', zh: '文件段落', en: 'Document passages' },
  policy: { ja: '政策', zh: '政策', en: 'Policies' },
  facility: { ja: '施設', zh: '设施', en: 'Facilities' },
};

export interface PassageResult {
  anchor: string;
  sectionLabel: string;
  heading: string;
  /** The section path, escaped, with the query's terms in `<mark>`. */
  headingHtml: string;
  kind: string;
  lang: Lang;
  snippetHtml: string;
  url: string;
  jsonUrl: string;
  matched: MatchReason[];
  score: number;
}

export interface DocumentGroup {
  documentId: string;
  documentTitle: string;
  country: string;
  url: string;
  passages: PassageResult[];
}

export interface RecordResult {
  type: string;
  id: string;
  title: string;
  country: string;
  url: string;
  snippetHtml: string;
  matched: MatchReason[];
}

export interface SearchView {
  q: string;
  query: SearchQuery;
  /** False when the query asks for nothing (empty, or only exclusions). */
  searched: boolean;
  total: number;
  /** True when more passages match than were counted (`total` is then the count limit). */
  totalIsLowerBound: boolean;
  /** False when so many passages match that BM25 ranked only the most recently indexed of them. */
  rankedAll: boolean;
  groups: DocumentGroup[];
  records: RecordResult[];
  facets: SearchFacet[];
  /** Passages shown (after paging); the page size. */
  shown: number;
  limit: number;
  /** This page of the ranked passages, and how many pages they fill (records are listed on the first). */
  page: number;
  pages: number;
}

/**
 * Everything /search shows, in any format: parse, match, rank, group, highlight, count facets. Page
 * `page` of `limit` passages; the facets count every ranked match whatever the page.
 */
export async function loadSearch(
  store: Store,
  q: string,
  lang: Lang,
  limit = SEARCH_PAGE_SIZE,
  page = 1,
): Promise<SearchView> {
  const query = parseSearchQuery(q);
  const match = matchExpression(query);
  const empty: SearchView = {
    q,
    query,
    searched: false,
    total: 0,
    totalIsLowerBound: false,
    rankedAll: true,
    groups: [],
    records: [],
    facets: [],
    shown: 0,
    limit,
    page: 1,
    pages: 1,
  };
  if (!match) return empty;
  const f = query.filters;
  const types = f.type.length ? f.type : ['passage', 'policy', 'facility'];
  const wantPassages = types.includes('passage') || types.includes('document');
  const {
    hits: found,
    total,
    totalIsLowerBound,
    rankedAll,
    rankedBy,
  } = wantPassages
    ? await store.documents.searchPassages(
        match,
        {
          doc: f.doc,
          country: f.country.map((c) => c.toUpperCase()),
          lang: f.lang,
          level: f.level.map(Number).filter(Number.isFinite),
        },
        SEARCH_WINDOW,
        { unrankedMatch: matchExpression(query, { wordPhrases: false }) },
      )
    : {
        hits: [] as PassageHit[],
        total: 0,
        totalIsLowerBound: false,
        rankedAll: true,
        rankedBy: 'bm25' as const,
      };
  const matched = rankedBy === 'window' ? scoreWindow(found, query) : found;
  const hits = rankHits(matched, query);
  const recordHits =
    (types.includes('policy') || types.includes('facility')) && f.doc.length === 0
      ? await store.documents.searchRecords(
          match,
          {
            country: f.country.map((c) => c.toUpperCase()),
            type: types.filter((t) => t === 'policy' || t === 'facility'),
          },
          20,
        )
      : [];
  const needles = queryNeedles(query);
  // Best passages first; documents ordered by their best passage.
  const pages = Math.max(1, Math.ceil(hits.length / limit));
  const shownHits = hits.slice((page - 1) * limit, page * limit);
  const groups = new Map<string, DocumentGroup>();
  for (const hit of shownHits) {
    let group = groups.get(hit.documentId);
    if (!group) {
      group = {
        documentId: hit.documentId,
        documentTitle: hit.documentTitle,
        country: hit.country,
        url: urls.document(hit.documentId, lang),
        passages: [],
      };
      groups.set(hit.documentId, group);
    }
    group.passages.push({
      anchor: hit.anchor,
      sectionLabel: hit.sectionLabel,
      heading: hit.heading,
      headingHtml: snippet(hit.heading, needles, 160),
      kind: hit.kind,
      lang: hit.lang,
      snippetHtml: snippet(hit.text, needles),
      url: urls.documentPassage(hit.documentId, hit.anchor, lang, q),
      jsonUrl: urls.documentPassage(hit.documentId, hit.anchor, undefined, undefined, 'json'),
      matched: explainMatch(query, `${hit.heading}\n${displayText(hit.text)}`),
      score: hit.score,
    });
  }
  const seenRecords = new Set<string>();
  const records: RecordResult[] = [];
  for (const r of recordHits) {
    if (seenRecords.has(r.id)) continue;
    seenRecords.add(r.id);
    records.push({
      type: r.type,
      id: r.id,
      title: r.title,
      country: r.country,
      url: r.type === 'facility' ? urls.facility(r.id, lang) : urls.policy(r.id, lang),
      snippetHtml: snippet(r.text || r.title, needles),
      matched: explainMatch(query, `${r.title}\n${r.text}`),
    });
  }
  const facets: SearchFacet[] = [
    countFacet(
      'type',
      [...hits.map(() => 'passage'), ...records.map((r) => r.type)],
      (v) => v,
      (v) => TYPE_LABELS[v]?.[lang] ?? v,
      f.type,
    ),
    countFacet(
      'doc',
      hits,
      (h) => h.documentId,
      (v) => hits.find((h) => h.documentId === v)?.documentTitle ?? v,
      f.doc,
    ),
    countFacet(
      'country',
      [...hits, ...records],
      (h) => h.country,
      (v) => countryName(v, lang),
      f.country.map((c) => c.toUpperCase()),
    ),
    countFacet(
      'lang',
      hits,
      (h) => h.lang,
      (v) => LANG_LABELS[v]?.[lang] ?? v,
      f.lang,
    ),
    countFacet(
      'level',
      hits,
      (h) => String(h.level),
      (v) => v,
      f.level,
    ),
  ];
  return {
    q,
    query,
    searched: true,
    total,
    totalIsLowerBound,
    rankedAll,
    groups: [...groups.values()],
    records: page === 1 ? records : [],
    facets,
    shown: shownHits.length,
    limit,
    page,
    pages,
  };
}
