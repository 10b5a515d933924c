/**
 * Light English stemming: plurals, -ing and -ed, conservatively, so "storing", "stored" and
 * "stores" meet "store", while short words and words ending in -ss/-us/-is are left alone.
 *
 * ### Examples
 * `fees` → `fee`, `policies` → `policy`, `capturing` → `captur`, `captured` → `captur`, `capture` → `captur`.
 */
export function stemEnglish(word: string): string {
  let w = word;
  if (w.length <= 3 || !/^[a-z]+$/.test(w)) return w;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  // Fold a final silent e so capture / capturing / captured meet.
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}
