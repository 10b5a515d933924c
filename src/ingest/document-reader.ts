import { createHash } from 'node:crypto';
import type { DocumentFormat, SourceDocument } from '../domain/document.ts';
import type { Lang } from '../domain/lang.ts';
import type { Problem } from '../domain/problem.ts';
import { documentLanguageDetector } from '../domain/script.ts';
import { splitFrontMatter } from './front-matter.ts';
import { type Block, splitBlocks } from './documents/blocks.ts';
import { decodeText } from './documents/decode.ts';
import { htmlToText } from './documents/html.ts';
import { idFromFileName, parseMetaYaml, type RawMeta, resolveMeta } from './documents/meta.ts';
import { pdfToText } from './documents/pdf.ts';
import { buildStructure } from './documents/sections.ts';

/**
 * The version of what the reader makes of a file. Raise it when a change to the reader changes the
 * sections or passages of an unchanged file: bundled documents are then read again on the next start
 * (their fingerprint includes it), and the store updates those whose structure changed.
 * 2: a list item or paragraph broken at a page end is joined with its continuation.
 * 3: lines wrapped between CJK characters are joined; PDF page furniture dropped, paragraph ends kept.
 * 4: an indented numbered line standing alone in plain text or a PDF is a heading.
 * 5: spaced dot leaders mark table-of-contents lines; PDF headers numbered with the page dropped.
 * 6: statutes: 第N章 divisions, 第N条 articles and the supplementary provisions (附則) are sections.
 * 7: in a document that writes kana, Han-only passages are Japanese (seed 001 had 12 tagged zh).
 */
export const READER_VERSION = 7;

export interface DocumentSource {
  /** The file as shown to users. */
  file: string;
  bytes: Uint8Array;
  /** A sidecar YAML file (`report.pdf.yaml` or `report.yaml`) with the metadata. */
  sidecar?: { file: string; text: string };
}

export type DocumentReadResult =
  { ok: true; document: SourceDocument; notes: string[] } | { ok: false; problems: Problem[] };

const FORMAT_BY_EXTENSION: Record<string, DocumentFormat> = {
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
  html: 'html',
  htm: 'html',
  pdf: 'pdf',
};

export function documentFormatOf(file: string): DocumentFormat | undefined {
  return FORMAT_BY_EXTENSION[/\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase() ?? ''];
}

/** Languages of the body by script share, most frequent first (a language needs 10 % of passages). */
function languagesOf(blocks: readonly Block[], detect: (text: string) => Lang | undefined): Lang[] {
  const counts = new Map<Lang, number>();
  for (const b of blocks) {
    const lang = detect(b.text);
    if (lang) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts.entries()]
    .filter(([, n]) => n >= total / 10)
    .sort((a, b) => b[1] - a[1])
    .map(([l]) => l);
}

/**
 * Reads one source document (Markdown, plain text, HTML or text-based PDF) into a validated value:
 * metadata from front matter or a sidecar, sections in the document's own numbering, passages with
 * stable anchors. Returns every problem at once instead.
 */
export async function readDocument(source: DocumentSource): Promise<DocumentReadResult> {
  const { file } = source;
  const format = documentFormatOf(file);
  if (!format)
    return {
      ok: false,
      problems: [{ file, message: 'not a document format (expected .md, .txt, .html or .pdf)' }],
    };
  let body: string;
  let raw: RawMeta = { values: {}, lines: {} };
  const problems: Problem[] = [];
  let htmlTitle: string | undefined;
  let lineOffset = 0;
  if (format === 'pdf') {
    const extracted = await pdfToText(source.bytes, file);
    if (!extracted.ok) return extracted;
    body = extracted.text;
  } else {
    const decoded = decodeText(source.bytes, file);
    if (!decoded.ok) return decoded;
    body = decoded.text;
    if (format === 'html') {
      const converted = htmlToText(body);
      body = converted.text;
      htmlTitle = converted.title;
    } else {
      const parts = splitFrontMatter(body);
      if (parts) {
        const parsed = parseMetaYaml(parts.yaml, file, parts.yamlStartLine);
        problems.push(...parsed.problems);
        if (parsed.meta) raw = parsed.meta;
        lineOffset = body.slice(0, body.length - parts.body.length).split('\n').length - 1;
        body = parts.body;
      }
    }
  }
  if (source.sidecar) {
    const parsed = parseMetaYaml(source.sidecar.text, source.sidecar.file, 1);
    problems.push(...parsed.problems);
    if (parsed.meta)
      raw = {
        values: { ...raw.values, ...parsed.meta.values },
        lines: { ...raw.lines, ...parsed.meta.lines },
      };
  }
  const blocks = splitBlocks(body, format !== 'txt' && format !== 'pdf');
  if (blocks.length === 0) problems.push({ file, message: 'the document has no text' });
  if (problems.length > 0) return { ok: false, problems };
  const firstHeading = blocks.find((b) => b.kind === 'heading')?.text;
  const detect = documentLanguageDetector(blocks.map((b) => b.text));
  const resolved = resolveMeta(
    raw,
    { title: htmlTitle ?? firstHeading, languages: languagesOf(blocks, detect), id: idFromFileName(file) },
    file,
  );
  if (!resolved.ok) return resolved;
  const { sections, passages } = buildStructure(blocks, resolved.meta.languages[0]!, detect);
  if (format === 'html' || format === 'pdf') for (const p of passages) delete p.line;
  else for (const p of passages) if (p.line) p.line += lineOffset;
  return {
    ok: true,
    notes: resolved.notes,
    document: {
      meta: resolved.meta,
      format,
      sections,
      passages,
      sha256: createHash('sha256').update(source.bytes).digest('hex'),
    },
  };
}
