import { type Document, isAlias, isMap, isPair, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

/** A plain value read from YAML plus the source line of every path in it (keys camelCased). */
export interface LocatedValue {
  value: unknown;
  lines: Map<string, number>;
}

/** `review_status` → `reviewStatus`; `co2_definition` → `co2Definition`. */
export function camelKey(key: string): string {
  return key.replace(/[_-]+([a-z0-9])/gi, (_, c: string) => c.toUpperCase());
}

export const pathKey = (path: readonly (string | number)[]) => path.join('.');

/**
 * Converts a parsed YAML node into plain values, recording the 1-based line (offset by `lineOffset`)
 * of every key and item so that validation errors can point at the line that holds the bad value.
 */
export function locatedValue(doc: Document, counter: LineCounter, lineOffset: number): LocatedValue {
  const lines = new Map<string, number>();
  const lineOf = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? counter.linePos(node.range[0]).line + lineOffset : undefined;

  const walk = (node: unknown, path: (string | number)[], depth: number): unknown => {
    if (depth > 64) throw new Error('YAML nesting is too deep');
    if (isAlias(node)) return walk(node.resolve(doc), path, depth + 1);
    const line = lineOf(node as Node);
    if (line !== undefined && !lines.has(pathKey(path))) lines.set(pathKey(path), line);
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const rawKey = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const key = camelKey(rawKey);
        const keyLine = lineOf(pair.key as Node);
        if (keyLine !== undefined) lines.set(pathKey([...path, key]), keyLine);
        out[key] = walk(pair.value, [...path, key], depth + 1);
      }
      return out;
    }
    if (isSeq(node)) return node.items.map((item, i) => walk(item, [...path, i], depth + 1));
    if (isScalar(node)) return node.value;
    return node ?? null;
  };
  return { value: walk(doc.contents, [], 0), lines };
}

/** The line of the deepest recorded ancestor of `path`. */
export function lineFor(lines: Map<string, number>, path: readonly PropertyKey[]): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const line = lines.get(pathKey(path.slice(0, n).map(String)));
    if (line !== undefined) return line;
  }
  return undefined;
}
