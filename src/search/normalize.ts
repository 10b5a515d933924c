/**
 * The form text is matched in: NFKC (full-width → half-width, compatibility characters folded),
 * `CO<sub>2</sub>` → `CO2`, lower case, whitespace folded.
 */
export function normalizeForSearch(text: string): string {
  return text
    .replace(/<\/?su[bp]>/gi, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
