import { type Passage, passageAnchor, type Section } from '../../domain/document.ts';
import type { Lang } from '../../domain/lang.ts';
import { detectLanguage } from '../../domain/script.ts';
import type { Block } from './blocks.ts';
import { headingShape, rawTitle } from './headings.ts';
import { DIVISION_RANK } from './legal-numbering.ts';

interface OpenSection extends Section {
  kind: 'outline' | 'part' | 'toc' | 'appendix' | 'plain' | 'front' | 'division' | 'article' | 'supplementary';
  mdLevel: number;
  path?: number[];
  /** For a statute's division, its rank (編 1 … 目 5). */
  rank?: number;
}

export interface Structure {
  sections: Section[];
  passages: Passage[];
}

/**
 * Builds the section tree from blocks, as the document numbers it, and cuts passages.
 *
 * Numbering decides nesting, not Markdown heading levels (converted documents get those wrong):
 * `4.` is a top section, `4-4.` sits under `4`, `(2)` under the nearest numbered section above it;
 * `目次` and `(参考)` appendices are top sections; unnumbered headings nest by their `#` level.
 * Statutes: divisions nest by rank (第一編 > 第二章 > 第三節 > 第一款 > 第一目) and articles sit in the
 * innermost division. Anchors: `4`, `4-4`, `4-4.2`, `toc`, `ref1`, `ref1.s2`, `ch2`, `ch2.sec1`,
 * `art23-2` (第二十三条の二; articles are numbered through the whole statute), `suppl1` and
 * `suppl1.art1` for the supplementary provisions (附則) and their articles, and `front` for text
 * before the first heading. Passages are `<section>.p<n>`.
 */
export function buildStructure(
  blocks: readonly Block[],
  fallbackLang: Lang,
  detect: (text: string) => Lang | undefined = detectLanguage,
): Structure {
  const sections: OpenSection[] = [];
  const byAnchor = new Map<string, OpenSection>();
  const passages: Passage[] = [];
  const counts = new Map<string, number>();
  let stack: OpenSection[] = [];
  let appendices = 0;
  let supplements = 0;
  let label: string | undefined;

  const uniqueAnchor = (anchor: string) => {
    let candidate = anchor;
    for (let n = 2; byAnchor.has(candidate); n++) candidate = `${anchor}~${n}`;
    return candidate;
  };
  const open = (
    section: Omit<OpenSection, 'level' | 'anchor'> & { anchor: string },
    parent?: OpenSection,
  ) => {
    const created: OpenSection = {
      ...section,
      anchor: uniqueAnchor(section.anchor),
      level: parent ? parent.level + 1 : 1,
    };
    if (parent) created.parent = parent.anchor;
    sections.push(created);
    byAnchor.set(created.anchor, created);
    stack = [...(parent ? stack.slice(0, stack.indexOf(parent) + 1) : []), created];
    label = undefined;
  };
  const current = () => stack.at(-1);
  const addPassage = (kind: Passage['kind'], text: string, line: number, rows?: string[][]) => {
    let section = current();
    if (!section) {
      open({ kind: 'front', anchor: 'front', number: '', title: '', mdLevel: 0 });
      section = current()!;
    }
    const n = (counts.get(section.anchor) ?? 0) + 1;
    counts.set(section.anchor, n);
    const passage: Passage = {
      anchor: passageAnchor(section.anchor, n),
      section: section.anchor,
      ordinal: n,
      kind,
      text,
      lang: detect(text) ?? fallbackLang,
      line,
    };
    if (label) passage.label = label;
    if (rows) passage.rows = rows;
    passages.push(passage);
    label = undefined;
  };

  for (const block of blocks) {
    if (block.kind === 'label') {
      if (label) addPassage('paragraph', label, block.line);
      label = block.text;
      continue;
    }
    if (block.kind !== 'heading') {
      addPassage(block.kind, block.text, block.line, block.kind === 'table' ? block.rows : undefined);
      continue;
    }
    if (label) addPassage('paragraph', label, block.line);
    const shape = headingShape(block.text);
    const title = rawTitle(block.text, shape);
    const mdLevel = block.mdLevel;
    if (shape.kind === 'outline') {
      const parentPath = shape.path.slice(0, -1);
      const parent =
        parentPath.length > 0
          ? [...stack]
              .reverse()
              .find((s) => s.kind === 'outline' && s.path!.join('-') === parentPath.join('-'))
          : undefined;
      open(
        {
          kind: 'outline',
          anchor: shape.path.join('-'),
          number: shape.number,
          title,
          mdLevel,
          path: shape.path,
        },
        parent,
      );
    } else if (shape.kind === 'division') {
      const rank = DIVISION_RANK[shape.code];
      const parent = [...stack].reverse().find((s) => s.kind === 'division' && s.rank! < rank);
      const anchor = `${parent ? `${parent.anchor}.` : ''}${shape.code}${shape.n}`;
      open({ kind: 'division', anchor, number: shape.number, title, mdLevel, rank }, parent);
    } else if (shape.kind === 'supplementary') {
      supplements++;
      open({ kind: 'supplementary', anchor: `suppl${supplements}`, number: shape.number, title, mdLevel });
    } else if (shape.kind === 'article') {
      // Articles of the supplementary provisions number from 1 again: their anchors say whose they are.
      const parent = [...stack].reverse().find((s) => s.kind === 'division' || s.kind === 'supplementary');
      const supplement = stack.find((s) => s.kind === 'supplementary');
      const anchor = `${supplement ? `${supplement.anchor}.` : ''}art${shape.path.join('-')}`;
      open({ kind: 'article', anchor, number: shape.number, title, mdLevel }, parent);
    } else if (shape.kind === 'part') {
      const parent = [...stack].reverse().find((s) => s.kind === 'outline' || s.kind === 'appendix');
      const anchor = parent ? `${parent.anchor}.${shape.part}` : `part${shape.part}`;
      open({ kind: 'part', anchor, number: shape.number, title, mdLevel }, parent);
    } else if (shape.kind === 'toc') {
      open({ kind: 'toc', anchor: 'toc', number: '', title, mdLevel });
    } else if (shape.kind === 'appendix') {
      appendices++;
      open({ kind: 'appendix', anchor: `ref${appendices}`, number: '', title, mdLevel });
    } else {
      // Unnumbered: a child of the section above unless that one is an unnumbered heading at the same or a deeper level.
      let parent = current();
      while (parent && parent.kind === 'plain' && parent.mdLevel >= mdLevel)
        parent = byAnchor.get(parent.parent ?? '');
      if (parent?.kind === 'front') parent = undefined;
      const siblings = sections.filter((s) => s.kind === 'plain' && s.parent === parent?.anchor).length;
      const anchor = `${parent ? `${parent.anchor}.` : ''}s${siblings + 1}`;
      open({ kind: 'plain', anchor, number: '', title, mdLevel }, parent);
    }
  }
  if (label) addPassage('paragraph', label, 1);
  return {
    sections: sections.map(({ anchor, number, title, level, parent }) => ({
      anchor,
      number,
      title,
      level,
      ...(parent ? { parent } : {}),
    })),
    passages,
  };
}

/** True for a statute article's section (`art5`, `art23-2`, and `suppl1.art1` in the supplementary provisions). */
export const isArticleAnchor = (anchor: string) => /(^|\.)art\d+(-\d+)*$/.test(anchor);

/** The section path as printed: `4-4 (2)` for anchor `4-4.2`, `4` for `4`, `第三条の二` for `art3-2`. */
export function sectionLabel(sections: readonly Section[], anchor: string): string {
  const byAnchor = new Map(sections.map((s) => [s.anchor, s]));
  const parts: string[] = [];
  for (let s = byAnchor.get(anchor); s; s = s.parent ? byAnchor.get(s.parent) : undefined) {
    if (s.number) parts.unshift(s.number);
    // A numbered section names itself, and so does an article numbered through the statute (one of
    // the supplementary provisions goes on to name them: 附則 第一条).
    if (/^\d/.test(s.number) || (isArticleAnchor(s.anchor) && !s.parent?.startsWith('suppl'))) break;
  }
  return parts.join(' ');
}
