/**
 * The subset of SQLite FTS5's query language that `matchExpression` writes: quoted phrases with
 * an optional column filter (`{head_grams body_grams} : "a b"`) and a prefix star, combined with
 * AND, OR, NOT and parentheses. Parsed here so the same query can run where FTS5 does not
 * (PostgreSQL) with the same meaning.
 */
export type FtsNode =
  | { kind: 'phrase'; columns: string[] | undefined; tokens: string[]; prefix: boolean }
  | { kind: 'and' | 'or'; items: FtsNode[] }
  | { kind: 'not'; left: FtsNode; right: FtsNode };

/**
 * FTS5's ascii tokenizer, which the index uses over text src/search has already split into words and
 * bigrams: ASCII letters and digits and every non-ASCII character make tokens, the other ASCII
 * characters separate them; ASCII case is folded.
 */
export function ftsTokens(text: string): string[] {
  return text
    .replace(/[A-Z]+/g, (s) => s.toLowerCase())
    .split(/[\0-/:-@[-`{-\x7f]+/)
    .filter(Boolean);
}

type Token =
  { t: 'lp' | 'rp' | 'lb' | 'rb' | 'colon' | 'star' } | { t: 'word'; v: string } | { t: 'string'; v: string };

function lex(expr: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < expr.length) {
    const ch = expr[i]!;
    const single = { '(': 'lp', ')': 'rp', '{': 'lb', '}': 'rb', ':': 'colon', '*': 'star' } as const;
    if (/\s/.test(ch)) i++;
    else if (ch in single) {
      out.push({ t: single[ch as keyof typeof single] });
      i++;
    } else if (ch === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= expr.length) throw new Error('unterminated phrase in search expression');
        if (expr[i] === '"') {
          if (expr[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += expr[i++];
      }
      out.push({ t: 'string', v: value });
    } else {
      const m = /^[^\s(){}:*"]+/.exec(expr.slice(i))!;
      out.push({ t: 'word', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

/** Parses an FTS5 expression (NOT binds tighter than AND, AND tighter than OR). */
export function parseFtsExpression(expr: string): FtsNode {
  const tokens = lex(expr);
  let pos = 0;
  const peekWord = (w: string) => {
    const t = tokens[pos];
    return t?.t === 'word' && t.v === w;
  };
  const expect = (t: Token['t']) => {
    if (tokens[pos]?.t !== t) throw new Error(`search expression: expected ${t} at token ${pos}`);
    pos++;
  };
  const primary = (): FtsNode => {
    const t = tokens[pos];
    if (t?.t === 'lp') {
      pos++;
      const inner = or();
      expect('rp');
      return inner;
    }
    let columns: string[] | undefined;
    if (t?.t === 'lb') {
      pos++;
      columns = [];
      while (tokens[pos]?.t === 'word') columns.push((tokens[pos++] as { v: string }).v);
      expect('rb');
      expect('colon');
    }
    const phrase = tokens[pos];
    if (phrase?.t !== 'string') throw new Error(`search expression: expected a phrase at token ${pos}`);
    pos++;
    const prefix = tokens[pos]?.t === 'star';
    if (prefix) pos++;
    return { kind: 'phrase', columns, tokens: ftsTokens(phrase.v), prefix };
  };
  const not = (): FtsNode => {
    let left = primary();
    while (peekWord('NOT')) {
      pos++;
      left = { kind: 'not', left, right: primary() };
    }
    return left;
  };
  const and = (): FtsNode => {
    const items = [not()];
    while (peekWord('AND')) {
      pos++;
      items.push(not());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  };
  const or = (): FtsNode => {
    const items = [and()];
    while (peekWord('OR')) {
      pos++;
      items.push(and());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  };
  const node = or();
  if (pos !== tokens.length) throw new Error(`search expression: unexpected token ${pos}`);
  return node;
}

/** Every phrase of an expression, in order (as FTS5 numbers them for ranking). */
export function phrasesOf(node: FtsNode): Extract<FtsNode, { kind: 'phrase' }>[] {
  if (node.kind === 'phrase') return [node];
  if (node.kind === 'not') return [...phrasesOf(node.left), ...phrasesOf(node.right)];
  return node.items.flatMap(phrasesOf);
}

/** How many times a phrase occurs in a column's tokens (overlapping occurrences count). */
export function phraseCount(
  columnTokens: readonly string[],
  phrase: readonly string[],
  prefix: boolean,
): number {
  if (phrase.length === 0) return 0;
  let count = 0;
  const last = phrase.length - 1;
  outer: for (let i = 0; i + phrase.length <= columnTokens.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const token = columnTokens[i + j]!;
      if (j === last && prefix ? !token.startsWith(phrase[j]!) : token !== phrase[j]) continue outer;
    }
    count++;
  }
  return count;
}

export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/**
 * FTS5's bm25(): minus the sum over phrases of IDF × weighted frequency saturation. `hits[p][c]`
 * is the count of phrase p in column c of this row; `docLen` the row's token count.
 */
export function bm25Score(
  hits: readonly (readonly number[])[],
  idf: readonly number[],
  weights: readonly number[],
  docLen: number,
  avgLen: number,
): number {
  let score = 0;
  for (let p = 0; p < idf.length; p++) {
    let freq = 0;
    for (let c = 0; c < weights.length; c++) freq += weights[c]! * (hits[p]?.[c] ?? 0);
    score +=
      (idf[p]! * (freq * (BM25_K1 + 1))) / (freq + BM25_K1 * (1 - BM25_B + (BM25_B * docLen) / avgLen));
  }
  return -score;
}

/** FTS5's inverse document frequency, floored at a tiny positive value. */
export function bm25Idf(rows: number, rowsWithPhrase: number): number {
  const idf = Math.log((rows - rowsWithPhrase + 0.5) / (rowsWithPhrase + 0.5));
  return idf <= 0 ? 1e-6 : idf;
}
