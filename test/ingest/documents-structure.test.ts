import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { SourceDocument } from '../../src/domain/document.ts';
import { readDocument } from '../../src/ingest/document-reader.ts';
import { splitBlocks } from '../../src/ingest/documents/blocks.ts';
import { headingShape } from '../../src/ingest/documents/headings.ts';
import { legalNumber } from '../../src/ingest/documents/legal-numbering.ts';
import { buildStructure, sectionLabel } from '../../src/ingest/documents/sections.ts';
import { DATA_DIR } from '../helpers/paths.ts';

const SEED_FILE = join(DATA_DIR, 'documents', 'jp-meti-ccs-support-interim-2025.md');

async function readSeed(bytes = readFileSync(SEED_FILE)): Promise<SourceDocument> {
  const result = await readDocument({ file: 'jp-meti-ccs-support-interim-2025.md', bytes });
  if (!result.ok) assert.fail(result.problems.map((p) => p.message).join('\n'));
  return result.document;
}

/** The table of contents seed 001 prints on its first page, as anchors with their titles. */
const PRINTED_TOC: [string, string][] = [
  ['1', 'はじめに'],
  ['2', '第5回カーボンマネジメント小委員会以降における議論'],
  ['2-1', 'これまでの CCS 政策'],
  ['2-2', 'CCS 政策に対するニーズ'],
  ['2-3', '海外における支援措置の紹介とファイナンス等の課題'],
  ['2-4', 'CCS を巡る事業環境と支援措置のたたき台'],
  ['3', 'CCS 事業の支援措置に関するワーキンググループにおける議論'],
  ['3-1', '基本的な状況'],
  ['3-2', '排出事業者からの意見'],
  ['3-3', '専門家からの見解'],
  ['4', 'CCS コスト差支援措置の方向性'],
  ['4-1', '支援対象となるコストと支援方法'],
  ['4-2', '支援対象となる案件の考え方'],
  ['4-3', '支援期間後の自立化を促す仕組み'],
  ['4-4', '輸送貯留料金のオークション'],
  ['4-5', '事業者の責めに帰さない事由による一時的な事業停止時及びクロスチェーンリスクへの対応'],
  ['4-6', '不可抗力事由や不可抗力に準ずる事由の整理'],
  ['4-7', 'コスト差に着目した支援の返還等'],
  ['4-8', '長期脱炭素電源オークションとの関係'],
  ['5', '今後の検討項目'],
];

describe('seed 001 structure', () => {
  test('yields the table of contents it prints, in order, with the numbering as anchors', async () => {
    const doc = await readSeed();
    const numbered = doc.sections
      .filter((s) => /^\d+(-\d+)?$/.test(s.anchor))
      .map((s) => [s.anchor, s.title]);
    assert.deepEqual(numbered, PRINTED_TOC);
    const appendices = doc.sections
      .filter((s) => s.anchor.startsWith('ref') && !s.parent)
      .map((s) => s.title);
    assert.deepEqual(appendices, [
      '(参考) カーボンマネジメント小委員会／CCS 事業の支援措置に関する ワーキンググループ委員名簿',
      '(参考) 審議会の開催状況',
    ]);
  });

  test('nests sub-sections under their sections and (1)…(5) parts under their sub-sections', async () => {
    const doc = await readSeed();
    const children = (parent: string) => doc.sections.filter((s) => s.parent === parent).map((s) => s.anchor);
    assert.deepEqual(children('4'), ['4-1', '4-2', '4-3', '4-4', '4-5', '4-6', '4-7', '4-8']);
    assert.deepEqual(children('4-1'), ['4-1.1', '4-1.2', '4-1.3', '4-1.4', '4-1.5']);
    assert.deepEqual(children('4-4'), ['4-4.1', '4-4.2', '4-4.3']);
    assert.deepEqual(children('2-4'), ['2-4.1', '2-4.2', '2-4.3', '2-4.4', '2-4.5', '2-4.6']);
    const part = doc.sections.find((s) => s.anchor === '4-4.2')!;
    assert.equal(part.title, '上限価格');
    assert.equal(part.level, 3);
    assert.equal(sectionLabel(doc.sections, '4-4.2'), '4-4 (2)');
    assert.equal(
      doc.sections.find((s) => s.anchor === '4-1.2')!.title,
      '基準価格',
      'full-width （２） is read as (2)',
    );
  });

  test('keeps the two tables of 2-3 whole, rows preserved, as table passages', async () => {
    const doc = await readSeed();
    const tables = doc.passages.filter((p) => p.kind === 'table' && p.section.startsWith('2-'));
    assert.equal(tables.length, 2);
    assert.deepEqual(tables[0]!.rows![1]!.slice(0, 3), ['', 'CAPEX', 'OPEX']);
    assert.equal(tables[1]!.rows![0]![0], '主なリスク');
    assert.equal(tables[1]!.rows!.length, 14);
  });

  test('gives every passage a unique anchor of its section path and an ordinal', async () => {
    const doc = await readSeed();
    const anchors = doc.passages.map((p) => p.anchor);
    assert.equal(new Set(anchors).size, anchors.length);
    for (const p of doc.passages) assert.equal(p.anchor, `${p.section}.p${p.ordinal}`);
    const capped = doc.passages.filter((p) => p.section === '4-4.2');
    assert.equal(capped.length, 1);
    assert.match(capped[0]!.text, /上限価格は以下の内容を踏まえて設定する/);
  });

  test('resolves every passage anchor the bundled policy cites', async () => {
    const doc = await readSeed();
    const policy = readFileSync(join(DATA_DIR, 'policies', 'jp-ccs-cost-difference-support-2025.md'), 'utf8');
    const cited = [
      ...policy.matchAll(/documentId: jp-meti-ccs-support-interim-2025\n\s+anchor: '?([^'\n]+)'?/g),
    ].map((m) => m[1]!);
    assert.ok(cited.length >= 5);
    for (const anchor of cited)
      assert.ok(
        doc.sections.some((s) => s.anchor === anchor),
        `no section ${anchor}`,
      );
  });

  test('re-importing the unchanged document changes no anchor; a changed one elsewhere keeps the others', async () => {
    const first = await readSeed();
    const second = await readSeed();
    assert.deepEqual(
      second.passages.map((p) => p.anchor),
      first.passages.map((p) => p.anchor),
    );
    assert.deepEqual(second, first);
    const edited = readFileSync(SEED_FILE, 'utf8').replace(
      '- 長期脱炭素電源オークションにおける',
      '- 追加の段落。\n\n- 長期脱炭素電源オークションにおける',
    );
    const third = await readSeed(Buffer.from(edited));
    const before = first.passages.filter((p) => !p.section.startsWith('4-8')).map((p) => p.anchor);
    const after = third.passages.filter((p) => !p.section.startsWith('4-8')).map((p) => p.anchor);
    assert.deepEqual(after, before, 'only the edited section renumbers its passages');
  });

  test('the same text without Markdown heading marks gives the same numbered outline', async () => {
    const md = await readSeed();
    const body = readFileSync(SEED_FILE, 'utf8').split('\n---\n').slice(1).join('\n---\n');
    const txt = buildStructure(splitBlocks(body.replace(/^#+\s*/gm, ''), false), 'ja');
    const outline = (sections: { anchor: string; title: string; parent?: string }[]) =>
      sections
        .filter((s) => !s.anchor.startsWith('ref') && s.anchor !== 'front')
        .map((s) => [s.anchor, s.title, s.parent]);
    assert.deepEqual(outline(txt.sections), outline(md.sections));
  });
});

describe('text broken at a page end', () => {
  const texts = (body: string) => splitBlocks(body, true).map((b) => b.text);

  test('a list item that stops mid-word joins the paragraph that finishes its sentence', () => {
    const item = '- 2024 年 5 月には、CCS 事業法が成立し、同年中に探査や試';
    assert.deepEqual(texts(`${item}\n\n掘に関連する部分を施行した。\n\n- 次の項目。`), [
      `${item}掘に関連する部分を施行した。`,
      '- 次の項目。',
    ]);
  });

  test('lines wrapped between CJK characters are one text; other line breaks and sub-items stay', () => {
    assert.deepEqual(texts('本書は、CCS 事業の支援措置について整\n理したものである。'), [
      '本書は、CCS 事業の支援措置について整理したものである。',
    ]);
    assert.deepEqual(texts('- 輸送貯留料金は、オークショ\n  ンで決める。\n  - 上限価格を設ける。'), [
      '- 輸送貯留料金は、オークションで決める。\n  - 上限価格を設ける。',
    ]);
    assert.deepEqual(texts('The fee is set\nby auction.'), ['The fee is set\nby auction.']);
  });

  test('English halves are joined with a space', () => {
    const item = '- The Netherlands supports CCS through SDE++ (Stimulation of Sustainable Energy';
    assert.deepEqual(texts(`${item}\n\nProduction and Climate Transition).`), [
      `${item} Production and Climate Transition).`,
    ]);
  });

  test('titles, agenda items, captions and finished sentences stay apart', () => {
    const cases = [
      // A short agenda item, then the title of the next part: no sentence runs on.
      '- (1) CCS 支援措置のたたき台について\n\nCCS 事業の支援措置に関するワーキンググループ',
      // A long item followed by a source line.
      '- 各国の支援措置を比較し、その特徴と課題を整理した結果を以下の表に示す\n\n出典：総合資源エネルギー調査会。',
      // An unnumbered title, then its first paragraph.
      'Language used in this specification\n\nThe key words "MUST" and "SHOULD" are to be read as in RFC 2119.',
      // A finished sentence.
      '- 支援期間中と同等の CCS 実施継続を義務とすることを求める方向で検討する。\n\n次の段落である。',
      // A continuation that finishes no sentence.
      '- 支援期間中と同等の CCS 実施継続を義務とすることを求める方向で検討する\n\n第8回 令和6年12月18日 16:00～17:00',
    ];
    for (const body of cases) assert.equal(texts(body).length, 2, body);
  });

  test('seed 001: words split across its page ends are found in one passage', async () => {
    const doc = await readSeed();
    const find = (needle: string) => doc.passages.filter((p) => p.text.includes(needle)).map((p) => p.anchor);
    for (const word of ['試掘', '枯渇', 'Sustainable Energy Production', '地震、洪水']) assert.ok(find(word).length > 0, word);
    assert.ok(find('モニタリング等の貯留事業場の管理業務').length > 0);
    const crossChain = doc.passages.find((p) => p.text.includes('一つでもかけたらバリューチェーン'))!;
    assert.equal(crossChain.section, '4-5');
    assert.match(crossChain.text, /クロスチェーンリスク/);
    assert.ok(!doc.passages.some((p) => /^(掘に関連|ンが成立|に限り、)/.test(p.text)), 'no passage starts mid-sentence');
  });
});

describe('statutes', () => {
  const LAW_JA = [
    '第一章　総則',
    '',
    '（目的）',
    '第一条　この法律は、二酸化炭素の貯留事業について必要な事項を定める。',
    '',
    '（定義）',
    '第二条　この法律において「貯留」とは、二酸化炭素を地層に貯蔵することをいう。',
    '２　この法律において「貯留事業」とは、貯留を行う事業をいう。',
    '',
    '第二章　貯留事業',
    '第一節　許可',
    '',
    '第三条　貯留事業を行おうとする者は、許可を受けなければならない。',
    '第二十三条の二　前条の許可には、条件を付することができる。',
  ].join('\n');
  const outline = (body: string, markdown: boolean, lang: 'ja' | 'zh' = 'ja') => {
    const { sections, passages } = buildStructure(splitBlocks(body, markdown), lang);
    return {
      sections: sections.map((s) => [s.anchor, s.title, s.parent ?? '', sectionLabel(sections, s.anchor)]),
      passages: passages.map((p) => [p.anchor, p.text]),
    };
  };

  test('a Japanese statute: chapters, sections and articles with their captions; numbered paragraphs apart', () => {
    const got = outline(LAW_JA, false);
    assert.deepEqual(got.sections, [
      ['ch1', '総則', '', '第一章'],
      ['art1', '目的', 'ch1', '第一条'],
      ['art2', '定義', 'ch1', '第二条'],
      ['ch2', '貯留事業', '', '第二章'],
      ['ch2.sec1', '許可', 'ch2', '第二章 第一節'],
      ['art3', '', 'ch2.sec1', '第三条'],
      ['art23-2', '', 'ch2.sec1', '第二十三条の二'],
    ]);
    assert.deepEqual(got.passages, [
      ['art1.p1', 'この法律は、二酸化炭素の貯留事業について必要な事項を定める。'],
      ['art2.p1', 'この法律において「貯留」とは、二酸化炭素を地層に貯蔵することをいう。'],
      ['art2.p2', '２　この法律において「貯留事業」とは、貯留を行う事業をいう。'],
      ['art3.p1', '貯留事業を行おうとする者は、許可を受けなければならない。'],
      ['art23-2.p1', '前条の許可には、条件を付することができる。'],
    ]);
    assert.deepEqual(outline(LAW_JA, true), got, 'the same text read as Markdown');
  });

  test('a Chinese statute, and Markdown headings that number articles', () => {
    const zh = '# 第一章 总则\n\n## 第一条\n\n为了规范二氧化碳封存活动，制定本法。\n\n第二章附则\n\n第一百零二条 本法自公布之日起施行。\n';
    assert.deepEqual(outline(zh, true, 'zh'), {
      sections: [
        ['ch1', '总则', '', '第一章'],
        ['art1', '', 'ch1', '第一条'],
        ['ch2', '附则', '', '第二章'],
        ['art102', '', 'ch2', '第一百零二条'],
      ],
      passages: [
        ['art1.p1', '为了规范二氧化碳封存活动，制定本法。'],
        ['art102.p1', '本法自公布之日起施行。'],
      ],
    });
  });

  test('the supplementary provisions (附則) number their articles from 1 again under their own anchors', () => {
    const body = `${LAW_JA}\n\n附　則\n\n（施行期日）\n第一条　この法律は、公布の日から施行する。\n\n附　則　（令和六年法律第三号）\n\nこの法律は、令和七年四月一日から施行する。\n`;
    const got = outline(body, false);
    assert.deepEqual(got.sections.slice(-3), [
      ['suppl1', '', '', '附則'],
      ['suppl1.art1', '施行期日', 'suppl1', '附則 第一条'],
      ['suppl2', '（令和六年法律第三号）', '', '附則'],
    ]);
    assert.deepEqual(got.passages.slice(-2).map((p) => p[0]), ['suppl1.art1.p1', 'suppl2.p1']);
    assert.ok(got.sections.some((s) => s[0] === 'art1'), 'the main article 1 keeps its anchor');
  });

  test('article and division numbers in kanji or digits', () => {
    const cases: [string, number | undefined][] = [['一', 1], ['十', 10], ['十一', 11], ['二十三', 23], ['百', 100], ['一百零二', 102], ['三〇', 30], ['二千二十四', 2024], ['12', 12], ['第', undefined]];
    for (const [text, n] of cases) assert.equal(legalNumber(text), n, text);
  });

  test('a Japanese statute is Japanese throughout, its kanji-only headings and passages too; a Chinese one stays Chinese', async () => {
    const read = async (file: string, text: string) => {
      const result = await readDocument({ file, bytes: Buffer.from(text), sidecar: { file: `${file}.yaml`, text: 'id: act\ntitle: 法\ncountry: JP\n' } });
      if (!result.ok) assert.fail(result.problems.map((p) => p.message).join('\n'));
      return result.document;
    };
    const ja = await read('act.txt', `${LAW_JA}\n\n別表\n\n二酸化炭素貯留事業\n`);
    assert.deepEqual(ja.meta.languages, ['ja']);
    assert.deepEqual([...new Set(ja.passages.map((p) => p.lang))], ['ja']);
    const zh = await read('act-zh.txt', '第一章　总则\n\n第一条　为了规范二氧化碳封存活动，制定本法。\n');
    assert.deepEqual(zh.meta.languages, ['zh']);
  });

  test('full-width article numbers read as digits (numbered in half width, as other headings); the text keeps its characters', () => {
    const { sections, passages } = buildStructure(splitBlocks('第１２条　ＣＣＳ事業者は、届け出る。\n', false), 'ja');
    assert.deepEqual(
      sections.map((s) => [s.anchor, s.number]),
      [['art12', '第12条']],
    );
    assert.equal(passages[0]!.text, 'ＣＣＳ事業者は、届け出る。');
  });

  test('a sentence that names an article is text, not a heading', () => {
    const got = outline('## 4-1. 概要\n\n第5条に基づき、許可を申請する。\n\n第 3 章で述べたとおりである。\n\n第一章总结了本研究的背景。\n', true);
    assert.deepEqual(got.sections.map((s) => s[0]), ['4-1']);
    assert.equal(got.passages.length, 3);
  });
});

describe('heading numbering', () => {
  const cases: [string, string][] = [
    ['4-4. 輸送貯留料金のオークション', 'outline 4-4'],
    ['4－2. 支援対象となる案件の考え方', 'outline 4-2'],
    ['３－２．排出事業者', 'outline 3-2'],
    ['（２）．支援期間', 'part (2)'],
    ['(3) . 自立化を促す仕組み', 'part (3)'],
    ['(1) 総論', 'part (1)'],
    ['5. 今後の検討項目', 'outline 5'],
    ['3.2 Scope of the act', 'outline 3.2'],
    ['目 次', 'toc'],
    ['(参考) 審議会の開催状況', 'appendix'],
    ['2030 年代初頭', 'plain'],
  ];
  for (const [text, expected] of cases) {
    test(`${text} → ${expected}`, () => {
      const shape = headingShape(text);
      const got =
        shape.kind === 'outline' || shape.kind === 'part' ? `${shape.kind} ${shape.number}` : shape.kind;
      assert.equal(got, expected);
    });
  }

  test('in plain text, an indented numbered line standing alone is a heading; inside a list it is an item', () => {
    const body = '1. Introduction\n\n      1.1. Version\n\n          This is version 0.21.\n\n      1.2. Scope\n\n          Steps:\n            1. Install the package\n            2. Run it\n';
    const { sections, passages } = buildStructure(splitBlocks(body, false), 'en');
    assert.deepEqual(
      sections.map((s) => [s.anchor, s.title, s.parent]),
      [
        ['1', 'Introduction', undefined],
        ['1-1', 'Version', '1'],
        ['1-2', 'Scope', '1'],
      ],
    );
    assert.deepEqual(
      passages.map((p) => [p.anchor, p.text.split('\n')[0]]),
      [
        ['1-1.p1', 'This is version 0.21.'],
        ['1-2.p1', 'Steps:'],
        ['1-2.p2', '1. Install the package'],
        ['1-2.p3', '2. Run it'],
      ],
    );
  });

  test('table-of-contents entries with dot leaders are not headings, however the dots are spaced', () => {
    const body = 'Table of Contents\n\n1. Introduction . . . . . . . . . 1\n\n2. Syntax.......... 3\n\n3. Tools … 5\n\n1. Introduction\n\nText.\n';
    const { sections } = buildStructure(splitBlocks(body, false), 'en');
    assert.deepEqual(
      sections.map((s) => s.anchor),
      ['toc', '1'],
    );
  });

  test('a bullet-marked short line is a label on the next passage, not a section', () => {
    const { sections, passages } = buildStructure(
      splitBlocks(
        '## 3-2. 意見\n\n#### ○ セメントセクター\n\n- 支援が望ましい。\n\n➤ (輸送貯留事業者側)\n\n- 障害の発現。',
        true,
      ),
      'ja',
    );
    assert.deepEqual(
      sections.map((s) => s.anchor),
      ['3-2'],
    );
    assert.equal(passages[0]!.label, '○ セメントセクター');
    assert.equal(passages[1]!.label, '➤ (輸送貯留事業者側)');
  });
});
