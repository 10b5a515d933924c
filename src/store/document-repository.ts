import { isDeepStrictEqual } from 'node:util';
import { type Kysely, sql } from 'kysely';
import type { DocumentMeta, Passage, Section, SourceDocument } from '../domain/document.ts';
import { LANGS, type Lang } from '../domain/lang.ts';
import type { Policy } from '../domain/policy.ts';
import { sectionLabel } from '../ingest/documents/sections.ts';
import { FTS_WEIGHTS, indexColumns } from '../search/match-plan.ts';
import { tagFilterExpression } from '../search/passage-tags.ts';
import type { StoreDialect } from './dialect.ts';
import { indexTokens, searchPassagesPostgres, searchRecordsPostgres } from './postgres-search.ts';
import { type IndexedPassage, indexPassages } from './passage-index.ts';
import { appendRevision, type WriteMeta } from './revisions.ts';

/** Row types of the tables this repository owns (see the create-documents migration). */
interface DocumentTables {
  documents: {
    id: string;
    title: string;
    issuer: string | null;
    date: string | null;
    country: string;
    languages: string;
    format: string;
    sha256: string;
    data: string;
    version: number;
    created_at: string;
    updated_at: string;
  };
  passages: {
    id?: number;
    document_id: string;
    anchor: string;
    section: string;
    section_label: string;
    heading: string;
    level: number;
    ordinal: number;
    kind: string;
    lang: string;
    country: string;
    text: string;
    data: string;
  };
  search_records: {
    id?: number;
    type: string;
    record_id: string;
    country: string;
    lang: string;
    title: string;
    text: string;
    stamp: string;
  };
  policies: { id: string; data: string; updated_at: string };
  facilities: { id: string; data: string; updated_at: string };
}

export interface StoredDocument {
  document: SourceDocument;
  version: number;
  updatedAt: string;
}

export interface DocumentSummary {
  meta: DocumentMeta;
  format: string;
  passageCount: number;
  sectionCount: number;
}

export interface PassageFilters {
  doc?: string[];
  country?: string[];
  lang?: string[];
  level?: number[];
}

export interface PassageHit {
  documentId: string;
  documentTitle: string;
  anchor: string;
  section: string;
  sectionLabel: string;
  heading: string;
  level: number;
  kind: string;
  lang: Lang;
  country: string;
  text: string;
  score: number;
}

export interface RecordHit {
  type: string;
  id: string;
  title: string;
  country: string;
  lang: Lang;
  text: string;
  score: number;
}

/** The section path text a passage is indexed under: numbers and titles from the top, and its label. */
function headingOf(sections: readonly Section[], passage: Passage): string {
  const byAnchor = new Map(sections.map((s) => [s.anchor, s]));
  const parts: string[] = [];
  for (let s = byAnchor.get(passage.section); s; s = s.parent ? byAnchor.get(s.parent) : undefined)
    parts.unshift(`${s.number} ${s.title}`.trim());
  if (passage.label) parts.push(passage.label);
  return parts.join(' / ');
}

const weights = FTS_WEIGHTS.join(', ');
/** The passage index's columns: the four of FTS_WEIGHTS, then the filter tags, which never score. */
const passageWeights = [...FTS_WEIGHTS, 0].join(', ');

/** Documents, their passages and the full-text index over passages and records. */
export class DocumentRepository {
  private readonly db: Kysely<DocumentTables>;

  constructor(
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tables are this repository's own (DocumentTables)
    db: Kysely<any>,
    private readonly dialect: StoreDialect,
  ) {
    this.db = db as unknown as Kysely<DocumentTables>;
  }

  private get fts(): boolean {
    return this.dialect.name === 'sqlite';
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Saves a document with its passages and index rows, replacing an earlier version; records a
   * revision. An unchanged document (same content) writes nothing.
   */
  async save(
    document: SourceDocument,
    meta: WriteMeta,
  ): Promise<{ outcome: 'created' | 'updated' | 'unchanged' }> {
    const at = meta.at ?? new Date().toISOString();
    const existing = await this.get(document.meta.id);
    if (existing && isDeepStrictEqual(existing.document, document)) return { outcome: 'unchanged' };
    const version = (existing?.version ?? 0) + 1;
    const { passages, ...rest } = document;
    const row = {
      id: document.meta.id,
      title: document.meta.title,
      issuer: document.meta.issuer ?? null,
      date: document.meta.date ?? null,
      country: document.meta.country,
      languages: JSON.stringify(document.meta.languages),
      format: document.format,
      sha256: document.sha256,
      data: JSON.stringify(rest),
      version,
      created_at: existing
        ? (
            await this.db
              .selectFrom('documents')
              .select('created_at')
              .where('id', '=', document.meta.id)
              .executeTakeFirstOrThrow()
          ).created_at
        : at,
      updated_at: at,
    };
    if (existing) {
      await this.deletePassages(document.meta.id);
      await this.db.updateTable('documents').set(row).where('id', '=', row.id).execute();
    } else {
      await this.db.insertInto('documents').values(row).execute();
    }
    const indexed: IndexedPassage[] = [];
    for (const passage of passages) {
      const heading = headingOf(document.sections, passage);
      const section = document.sections.find((s) => s.anchor === passage.section);
      const inserted = await this.db
        .insertInto('passages')
        .values({
          document_id: document.meta.id,
          anchor: passage.anchor,
          section: passage.section,
          section_label: sectionLabel(document.sections, passage.section),
          heading,
          level: section?.level ?? 1,
          ordinal: passage.ordinal,
          kind: passage.kind,
          lang: passage.lang,
          country: document.meta.country,
          text: passage.text,
          data: JSON.stringify(passage),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      indexed.push({
        id: inserted.id!,
        documentId: document.meta.id,
        heading,
        text: passage.text,
        lang: passage.lang,
        level: section?.level ?? 1,
        country: document.meta.country,
      });
    }
    await indexPassages(this.db, this.fts, indexed);
    await appendRevision(this.db as never, {
      entityType: 'document',
      entityId: document.meta.id,
      version,
      action: existing ? 'update' : 'create',
      author: meta.author,
      reason: meta.reason,
      createdAt: at,
      before: existing ? { meta: existing.document.meta, sha256: existing.document.sha256 } : null,
      after: {
        meta: document.meta,
        sha256: document.sha256,
        sections: document.sections.length,
        passages: passages.length,
      },
    });
    return { outcome: existing ? 'updated' : 'created' };
  }

  private async deletePassages(documentId: string): Promise<void> {
    if (this.fts) {
      await sql`DELETE FROM passage_fts WHERE rowid IN (SELECT -id FROM passages WHERE document_id = ${documentId})`.execute(
        this.db,
      );
    }
    await this.db.deleteFrom('passages').where('document_id', '=', documentId).execute();
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const row = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return undefined;
    const passages = await this.db
      .selectFrom('passages')
      .select('data')
      .where('document_id', '=', id)
      .orderBy('id')
      .execute();
    const rest = JSON.parse(row.data) as Omit<SourceDocument, 'passages'>;
    return {
      document: { ...rest, passages: passages.map((p) => JSON.parse(p.data) as Passage) },
      version: row.version,
      updatedAt: row.updated_at,
    };
  }

  async list(): Promise<DocumentSummary[]> {
    const rows = await this.db
      .selectFrom('documents')
      .select([
        'data',
        'format',
        (eb) =>
          eb
            .selectFrom('passages')
            .select((e) => e.fn.countAll<number>().as('n'))
            .whereRef('passages.document_id', '=', 'documents.id')
            .as('n'),
      ])
      .orderBy('date', 'desc')
      .orderBy('id')
      .execute();
    return rows.map((r) => {
      const rest = JSON.parse(r.data) as Omit<SourceDocument, 'passages'>;
      return {
        meta: rest.meta,
        format: r.format,
        passageCount: Number(r.n),
        sectionCount: rest.sections.length,
      };
    });
  }

  /** One passage by its anchor. */
  async passage(documentId: string, anchor: string): Promise<Passage | undefined> {
    const row = await this.db
      .selectFrom('passages')
      .select('data')
      .where('document_id', '=', documentId)
      .where('anchor', '=', anchor)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Passage) : undefined;
  }

  /**
   * Passages matching an FTS5 expression (made by src/search), after filters; at most `limit`
   * rows, and how many match (counted up to `countLimit`, so counting stops early).
   *
   * Up to `exactBelow` passages in the store, ranking is FTS5's BM25 over every match, headings
   * weighted (`rankedBy: 'bm25'`). FTS5 computes BM25's IDF by running each phrase over the whole
   * index, which at a million passages costs up to a second, so above that size the store returns
   * the `window` most recently indexed matches unranked (`rankedBy: 'window'`; the index's rowids
   * are negated passage ids, so an ascending walk meets the newest first and stops early) and
   * src/search scores them (scoreWindow); `rankedAll` says whether the window held every match, and
   * the count is then at most the window (a lower bound beyond).
   */
  async searchPassages(
    match: string,
    filters: PassageFilters,
    limit: number,
    options: { exactBelow?: number; window?: number; countLimit?: number; unrankedMatch?: string } = {},
  ): Promise<{
    hits: PassageHit[];
    total: number;
    totalIsLowerBound: boolean;
    rankedAll: boolean;
    rankedBy: 'bm25' | 'window';
  }> {
    // PostgreSQL: the same tokens, phrase semantics and bm25 over GIN-indexed token arrays.
    if (!this.fts)
      return searchPassagesPostgres(this.db, match, filters, limit, FTS_WEIGHTS, options) as never;
    const exactBelow = options.exactBelow ?? 100_000;
    const window = options.window ?? 500;
    const countLimit = options.countLimit ?? 2000;
    // Filters are index terms (src/search/passage-tags.ts): intersected by FTS5, no row read per match.
    const tagFilter = tagFilterExpression(filters);
    const filtered = (expression: string) => (tagFilter ? `(${expression}) AND ${tagFilter}` : expression);
    const condition = sql`passage_fts MATCH ${filtered(match)}`;
    const size = await sql<{ n: number }>`SELECT coalesce(max(id), 0) AS n FROM passages`.execute(this.db);
    const rankedBy = Number(size.rows[0]!.n) <= exactBelow ? 'bm25' : 'window';
    let ranked;
    let total: number;
    if (rankedBy === 'bm25') {
      const counted = await sql<{ n: number }>`
        SELECT count(*) AS n FROM (SELECT passage_fts.rowid FROM passage_fts WHERE ${condition} LIMIT ${countLimit + 1})`.execute(
        this.db,
      );
      total = Number(counted.rows[0]!.n);
      ranked = await sql<{ id: number; score: number }>`
        SELECT -passage_fts.rowid AS id, bm25(passage_fts, ${sql.raw(passageWeights)}) AS score FROM passage_fts
        WHERE ${condition} ORDER BY score LIMIT ${limit}`.execute(this.db);
    } else {
      // One early-stopping walk gives both the window and the count (a lower bound when the window is full).
      // Without ranking, the cheaper expression (no word phrases) finds the same passages.
      const fast = options.unrankedMatch
        ? sql`passage_fts MATCH ${filtered(options.unrankedMatch)}`
        : condition;
      ranked = await sql<{ id: number; score: number }>`
        SELECT -passage_fts.rowid AS id, 0 AS score FROM passage_fts
        WHERE ${fast} ORDER BY passage_fts.rowid ASC LIMIT ${window + 1}`.execute(this.db);
      total = ranked.rows.length;
      ranked.rows.splice(window);
    }
    const bound = rankedBy === 'bm25' ? countLimit : window;
    const result = {
      total: Math.min(total, bound),
      totalIsLowerBound: total > bound,
      rankedAll: rankedBy === 'bm25' || total <= window,
      rankedBy,
    } as const;
    if (ranked.rows.length === 0) return { hits: [], ...result };
    const scores = new Map(ranked.rows.map((r) => [r.id, r.score]));
    const rows = await sql<
      Omit<PassageHit, 'documentTitle' | 'score'> & { document_title: string; id: number }
    >`
      SELECT p.id, p.document_id AS documentId, d.title AS document_title, p.anchor, p.section, p.section_label AS sectionLabel,
             p.heading, p.level, p.kind, p.lang, p.country, p.text
      FROM passages p JOIN documents d ON d.id = p.document_id
      WHERE p.id IN (${sql.join([...scores.keys()])})`.execute(this.db);
    const hits = rows.rows
      .map(({ document_title, id, ...r }) => ({
        ...r,
        documentTitle: document_title,
        score: scores.get(id)!,
      }))
      .sort((a, b) => a.score - b.score);
    return { hits, ...result };
  }

  /**
   * Records (policies) matching an FTS5 expression. The record index is rebuilt first when the
   * policies changed since it was built (records are few; their text is tokenised here, in JS).
   */
  async searchRecords(
    match: string,
    filters: { country?: string[]; type?: string[] },
    limit: number,
  ): Promise<RecordHit[]> {
    await this.refreshRecordIndex();
    if (!this.fts) return searchRecordsPostgres(this.db, match, filters, limit, FTS_WEIGHTS) as never;
    const where = [sql`record_fts MATCH ${match}`];
    if (filters.country?.length) where.push(sql`r.country IN (${sql.join(filters.country)})`);
    if (filters.type?.length) where.push(sql`r.type IN (${sql.join(filters.type)})`);
    const rows = await sql<RecordHit>`
      SELECT r.type, r.record_id AS id, r.title, r.country, r.lang, r.text, bm25(record_fts, ${sql.raw(weights)}) AS score
      FROM record_fts JOIN search_records r ON r.id = record_fts.rowid
      WHERE ${sql.join(where, sql` AND `)} ORDER BY score LIMIT ${limit}`.execute(this.db);
    return rows.rows;
  }

  /**
   * Rebuilds the record index when policies or facilities changed (their count or latest update),
   * in one transaction. Records are few enough (thousands) to tokenise again in JS.
   */
  async refreshRecordIndex(): Promise<void> {
    const state = await sql<{ stamp: string; n: number }>`
      SELECT (SELECT count(*) FROM policies) || '|' || coalesce((SELECT max(updated_at) FROM policies), '') || '|' ||
             (SELECT count(*) FROM facilities) || '|' || coalesce((SELECT max(updated_at) FROM facilities), '') AS stamp,
             (SELECT count(*) FROM policies) + (SELECT count(*) FROM facilities) AS n`.execute(this.db);
    const { stamp, n } = state.rows[0]!;
    const current = await this.db.selectFrom('search_records').select('stamp').limit(1).executeTakeFirst();
    if (current?.stamp === stamp || (!current && Number(n) === 0)) return;
    const rebuild = async (db: Kysely<DocumentTables>) => {
      if (this.fts) await sql`DELETE FROM record_fts`.execute(db);
      await db.deleteFrom('search_records').execute();
      const add = async (
        type: string,
        id: string,
        country: string,
        lang: Lang,
        title: string,
        text: string,
      ) => {
        const inserted = await db
          .insertInto('search_records')
          .values({ type, record_id: id, country, lang, title, text, stamp })
          .returning('id')
          .executeTakeFirstOrThrow();
        const c = indexColumns(title, text);
        if (!this.fts) return indexTokens(db, 'record_tokens', inserted.id!, c);
        await sql`INSERT INTO record_fts(rowid, head_words, head_grams, body_words, body_grams)
          VALUES (${inserted.id}, ${c.head_words}, ${c.head_grams}, ${c.body_words}, ${c.body_grams})`.execute(
          db,
        );
      };
      for (const row of await db.selectFrom('policies').select(['id', 'data']).execute()) {
        const policy = JSON.parse(row.data) as Policy;
        for (const lang of LANGS) {
          const title = policy.title[lang];
          if (title)
            await add(
              'policy',
              policy.id,
              policy.country,
              lang,
              title,
              [policy.description?.[lang] ?? '', ...(policy.tags[lang] ?? [])].join('\n'),
            );
        }
      }
      for (const row of await db.selectFrom('facilities').select(['id', 'data']).execute()) {
        const facility = JSON.parse(row.data) as {
          id: string;
          name: Partial<Record<Lang, string>>;
          countries?: string[];
          description?: Partial<Record<Lang, string>>;
        };
        for (const lang of LANGS) {
          const title = facility.name[lang];
          if (title)
            await add(
              'facility',
              facility.id,
              facility.countries?.[0] ?? 'INTL',
              lang,
              title,
              facility.description?.[lang] ?? '',
            );
        }
      }
    };
    if (this.db.isTransaction) await rebuild(this.db);
    else await this.db.transaction().execute(rebuild);
  }
}
