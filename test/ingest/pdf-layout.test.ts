import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layoutPages, type PdfRow } from '../../src/ingest/documents/pdf-layout.ts';

/** A page of rows 16 units apart from the top; `gapBefore` lists rows preceded by a blank line's space. */
function page(texts: string[], gapBefore: number[] = []): PdfRow[] {
  let y = 800;
  return texts.map((text, i) => {
    if (i > 0) y -= gapBefore.includes(i) ? 32 : 16;
    return { y, text, indent: 0, size: 10 };
  });
}

describe('PDF page layout', () => {
  test('page numbers and a running header repeated on most pages are dropped', () => {
    const pages = [1, 2, 3, 4].map((n) => page(['中間整理（案）', `本文 ${n} 行目。`, `- ${n} -`]));
    pages[3]![2]!.text = `${4}/4`;
    assert.deepEqual(
      layoutPages(pages).filter(Boolean),
      ['本文 1 行目。', '本文 2 行目。', '本文 3 行目。', '本文 4 行目。'],
    );
  });

  test('a running header naming each chapter is dropped by the page number it carries', () => {
    const pages = [
      page(['Chapter 1: Introduction 1', 'Text of page one.']),
      page(['2 Chapter 1: Introduction', 'Text of page two.']),
      page(['Chapter 2: Syntax 3', 'Text of page three.']),
      page(['4 Chapter 2: Syntax', 'Text of page four.']),
      page(['Chapter 3: Tools 5', 'Text of page five.']),
    ];
    assert.deepEqual(
      layoutPages(pages).filter(Boolean),
      ['Text of page one.', 'Text of page two.', 'Text of page three.', 'Text of page four.', 'Text of page five.'],
    );
  });

  test('a line that appears on one page only is text, even at the edge', () => {
    const pages = [page(['はじめに', '本文一。']), page(['第二章', '本文二。']), page(['第三章', '本文三。'])];
    assert.deepEqual(layoutPages(pages).filter(Boolean), ['はじめに', '本文一。', '第二章', '本文二。', '第三章', '本文三。']);
  });

  test('a wider gap than the line spacing ends a paragraph; table rows stay together', () => {
    const rows = page(['一行目の文が', '続く。', '次の段落。', 'リスク\t説明', '建設リスク\tコスト超過'], [2, 4]);
    assert.deepEqual(layoutPages([rows]), ['一行目の文が', '続く。', '', '次の段落。', 'リスク\t説明', '建設リスク\tコスト超過', '']);
  });

  test('every page ends with a blank line, so the next page starts a block', () => {
    assert.deepEqual(layoutPages([page(['一。']), page(['二。'])]), ['一。', '', '二。', '']);
  });
});
