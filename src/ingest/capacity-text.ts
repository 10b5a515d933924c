/** An announced capacity range read from the text a source wrote. */
export interface AnnouncedRange {
  lowMt?: number;
  highMt?: number;
  /** Set when the text needed interpretation (a reversed range, for instance). */
  note?: string;
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?(?:e-?\d+)?)`;
const num = (s: string) => Number(s.replace(',', '.'));

/**
 * Reads an announced capacity in Mt/yr: "0.7" (low = high = 0.7), "0.5 - 1" or "0.5–1" (a range),
 * "up to 2" / "<2" (high only), "at least 1" / ">1" / "1+" (low only). A reversed range ("1 - 0.9") is
 * put in order and noted. Returns undefined for text that holds no capacity.
 *
 * ### Examples
 *
 * ```ts
 * parseAnnouncedCapacity('0.5-1')   // { lowMt: 0.5, highMt: 1 }
 * parseAnnouncedCapacity('up to 2') // { highMt: 2 }
 * ```
 */
export function parseAnnouncedCapacity(text: string): AnnouncedRange | undefined {
  const t = text.trim().toLowerCase();
  let m = new RegExp(`^${NUMBER}$`).exec(t);
  if (m) return { lowMt: num(m[1]!), highMt: num(m[1]!) };
  m = new RegExp(`^${NUMBER}\\s*(?:-|–|—|to)\\s*${NUMBER}$`).exec(t);
  if (m) {
    const a = num(m[1]!);
    const b = num(m[2]!);
    return a <= b
      ? { lowMt: a, highMt: b }
      : { lowMt: b, highMt: a, note: `reversed range "${text}" read as ${b}–${a}` };
  }
  m = new RegExp(`^(?:up to|max(?:imum)?|<=?|≤)\\s*${NUMBER}$`).exec(t);
  if (m) return { highMt: num(m[1]!) };
  m = new RegExp(`^(?:at least|min(?:imum)?|>=?|≥|over|more than)\\s*${NUMBER}$`).exec(t);
  if (m) return { lowMt: num(m[1]!) };
  m = new RegExp(`^${NUMBER}\\s*\\+$`).exec(t);
  if (m) return { lowMt: num(m[1]!) };
  return undefined;
}
