/** A Markdown file split into its YAML front matter and body. */
export interface FrontMatterParts {
  yaml: string;
  body: string;
  /** Line number (1-based) of the first YAML line in the file. */
  yamlStartLine: number;
}

/**
 * Splits `---` delimited front matter from the body. Accepts `\n`, `\r\n` and lone `\r` line ends
 * (returned text uses `\n`) and a leading byte-order mark. Returns undefined when there is none.
 */
export function splitFrontMatter(text: string): FrontMatterParts | undefined {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) return undefined;
  const end = normalized.indexOf('\n---', 3);
  if (end < 0) return undefined;
  const afterFence = normalized.indexOf('\n', end + 4);
  const fenceLine = normalized.slice(end + 1, afterFence < 0 ? undefined : afterFence);
  if (fenceLine.trim() !== '---') return undefined;
  return {
    yaml: normalized.slice(4, end + 1),
    body: afterFence < 0 ? '' : normalized.slice(afterFence + 1),
    yamlStartLine: 2,
  };
}
