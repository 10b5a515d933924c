import type { Passage, Section, SourceDocument } from '../../domain/document.ts';
import { sectionLabel } from '../../ingest/documents/sections.ts';
import type { DocumentSummary } from '../../store/document-repository.ts';
import type { SearchView } from '../routes/search/load.ts';
import { urls } from '../urls.ts';

/** A document in lists: its metadata and sizes, with links. */
export function presentDocumentSummary(s: DocumentSummary) {
  return {
    ...s.meta,
    format: s.format,
    passages: s.passageCount,
    sections: s.sectionCount,
    url: urls.document(s.meta.id, undefined, 'json'),
  };
}

/** The document list: every document's summary. */
export function presentDocumentList(documents: readonly DocumentSummary[]) {
  return { total: documents.length, items: documents.map(presentDocumentSummary) };
}

/** One passage with where it sits and its links. */
export function presentPassage(documentId: string, sections: readonly Section[], p: Passage) {
  return {
    documentId,
    anchor: p.anchor,
    section: p.section,
    sectionLabel: sectionLabel(sections, p.section),
    kind: p.kind,
    ...(p.label ? { label: p.label } : {}),
    lang: p.lang,
    text: p.text,
    ...(p.rows ? { rows: p.rows } : {}),
    url: urls.documentPassage(documentId, p.anchor, undefined, undefined, 'json'),
  };
}

/** A whole document: metadata, the section outline and every passage. */
export function presentDocument(d: SourceDocument, version: number) {
  return {
    ...d.meta,
    format: d.format,
    sha256: d.sha256,
    version,
    sections: d.sections.map((s) => ({
      ...s,
      label: sectionLabel(d.sections, s.anchor),
      url: urls.documentPassage(d.meta.id, s.anchor, undefined, undefined, 'json'),
    })),
    passages: d.passages.map((p) => presentPassage(d.meta.id, d.sections, p)),
  };
}

/** A section by its anchor: its place in the outline and the passages in it and its sub-sections. */
export function presentSection(d: SourceDocument, section: Section) {
  const inside = new Set([section.anchor]);
  for (const s of d.sections) if (s.parent && inside.has(s.parent)) inside.add(s.anchor);
  return {
    documentId: d.meta.id,
    anchor: section.anchor,
    number: section.number,
    title: section.title,
    label: sectionLabel(d.sections, section.anchor),
    level: section.level,
    ...(section.parent ? { parent: section.parent } : {}),
    passages: d.passages
      .filter((p) => inside.has(p.section))
      .map((p) => presentPassage(d.meta.id, d.sections, p)),
  };
}

/**
 * What `/documents/<id>/passages/<anchor>` names: the passage with that anchor (`4-4.2.p1`), else
 * the section (`4-4.2`) with its passages; undefined when the document has neither.
 */
export function presentPassageOrSection(d: SourceDocument, anchor: string) {
  const p = d.passages.find((x) => x.anchor === anchor);
  if (p) return presentPassage(d.meta.id, d.sections, p);
  const section = d.sections.find((s) => s.anchor === anchor);
  return section ? presentSection(d, section) : undefined;
}

/**
 * The search answer (the `.json` twin of /search, and /api/search): `nextUrl` makes the address of
 * the next page of passages (the twin's by default).
 */
export function presentSearch(
  view: SearchView,
  nextUrl: (page: number) => string = (page) =>
    urls.search(undefined, view.q, 'json', { limit: view.limit, page }),
) {
  return {
    q: view.q,
    query: {
      groups: view.query.groups.map((g) => ({
        text: g.text,
        phrase: g.phrase,
        ...(g.concept ? { concept: g.concept.id } : {}),
      })),
      excluded: view.query.excluded.map((g) => g.text),
      filters: view.query.filters,
    },
    total: view.total,
    totalIsLowerBound: view.totalIsLowerBound,
    rankedAll: view.rankedAll,
    page: view.page,
    pages: view.pages,
    limit: view.limit,
    next: view.page < view.pages ? nextUrl(view.page + 1) : null,
    documents: view.groups,
    records: view.records,
    facets: view.facets,
  };
}
