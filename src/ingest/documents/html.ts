import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'nav',
  'svg',
  'iframe',
  'form',
  'button',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'dd',
  'dt',
  'address',
  'caption',
]);

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function inlineText(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (node.type !== 'tag' || SKIP.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  return node.children.map(inlineText).join('');
}

/**
 * Turns HTML into the line form the structure reader takes: `#` headings from h1–h6, `- ` list
 * items indented by nesting, tables as tab-separated rows (kept whole), paragraphs separated by blank
 * lines. Scripts, styles and navigation are dropped; `<sub>`/`<sup>` keep their text (CO2).
 */
export function htmlToText(html: string): { text: string; title?: string } {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: string[] = [];
  let title: string | undefined;
  const findTitle = (nodes: ChildNode[]) => {
    for (const n of nodes) {
      if (n.type === 'tag' && n.name === 'title' && !title)
        title = fold(inlineText({ ...n, name: 'span' } as Element)) || undefined;
      if (n.type === 'tag' || n.type === 'root') findTitle((n as Element).children);
    }
  };
  findTitle(doc.children);
  const blank = () => {
    if (out.length > 0 && out.at(-1) !== '') out.push('');
  };
  const walk = (nodes: ChildNode[], depth: number) => {
    let inline = '';
    const flushInline = () => {
      const text = fold(inline);
      if (text) {
        blank();
        out.push(text);
        blank();
      }
      inline = '';
    };
    for (const node of nodes) {
      if (node.type === 'text') {
        inline += node.data;
        continue;
      }
      if (node.type !== 'tag' || SKIP.has(node.name)) continue;
      const name = node.name;
      if (/^h[1-6]$/.test(name)) {
        flushInline();
        blank();
        out.push(`${'#'.repeat(Number(name[1]))} ${fold(inlineText(node))}`);
        blank();
      } else if (name === 'ul' || name === 'ol') {
        flushInline();
        for (const li of node.children) {
          if (li.type !== 'tag' || li.name !== 'li') continue;
          const own = li.children.filter((c) => !(c.type === 'tag' && (c.name === 'ul' || c.name === 'ol')));
          out.push(`${'  '.repeat(depth)}- ${fold(own.map(inlineText).join(''))}`);
          const nested = li.children.filter((c) => c.type === 'tag' && (c.name === 'ul' || c.name === 'ol'));
          if (nested.length > 0) walk(nested, depth + 1);
        }
        if (depth === 0) blank();
      } else if (name === 'table') {
        flushInline();
        blank();
        const rows: string[] = [];
        const collect = (n: ChildNode) => {
          if (n.type !== 'tag') return;
          if (n.name === 'tr') {
            const cells = n.children.filter(
              (c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'),
            );
            rows.push(cells.map((c) => fold(inlineText(c)) || ' ').join('\t'));
          } else n.children.forEach(collect);
        };
        node.children.forEach(collect);
        // A one-column table still needs a tab to be read as a table.
        out.push(...rows.map((r) => (r.includes('\t') ? r : `${r}\t`)));
        blank();
      } else if (BLOCK.has(name) || name === 'body' || name === 'html' || name === 'li') {
        flushInline();
        walk(node.children, depth);
      } else {
        inline += inlineText(node);
      }
    }
    flushInline();
  };
  walk(doc.children, 0);
  return { text: out.join('\n').trim(), title };
}
