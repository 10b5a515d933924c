/** How a form's text inputs become values; shared by the policy editor and the schema-generated editors. */

/** An input's text with line ends unified and outer space trimmed. */
export const rawValue = (form: Record<string, string>, name: string) =>
  (form[name] ?? '').replace(/\r\n?/g, '\n').trim();

/** A number when the text is one; otherwise the text, for validation to reject with its message. */
export const numberValue = (raw: string): number | string =>
  /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;

/** A list written with commas (also the full-width `，` and `、`). */
export const commaList = (raw: string): string[] =>
  raw
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** A list written one item per line. */
export const lineList = (raw: string): string[] =>
  raw
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
