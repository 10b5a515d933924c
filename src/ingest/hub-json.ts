import type { Problem } from '../domain/problem.ts';
import { detectLanguage } from '../domain/script.ts';

/** Largest hub export file read (the predecessor's facilities.json is about 2.8 MB). */
export const HUB_MAX_BYTES = 50 * 1024 * 1024;

/** One value the mapping changed or dropped, reported to the user. */
export interface HubCoercion {
  record: string;
  field: string;
  value: unknown;
  message: string;
}

export type HubKind = 'facilities' | 'countries' | 'policies';

export interface HubRead<T> {
  kind: HubKind;
  values: T[];
  /** Records refused whole, each with why. */
  problems: Problem[];
  coercions: HubCoercion[];
}

/** `{records: [...]}`: the shape of the predecessor's public export files. */
export function hubRecords(data: unknown): Record<string, unknown>[] | undefined {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { records?: unknown }).records))
    return undefined;
  return (data as { records: unknown[] }).records.filter(
    (r): r is Record<string, unknown> => typeof r === 'object' && r !== null,
  );
}

/** Which export a parsed file is, judged by the fields of its first records. */
export function detectHubKind(data: unknown): HubKind | undefined {
  const records = hubRecords(data)?.slice(0, 5);
  if (!records || records.length === 0) return undefined;
  const i18nEn = (r: Record<string, unknown>) =>
    ((r.i18n as Record<string, Record<string, unknown>> | undefined)?.en ?? {}) as Record<string, unknown>;
  if (records.every((r) => 'lat' in r && 'lng' in r && 'status' in r)) return 'facilities';
  if (records.every((r) => 'regulatory_pillars' in i18nEn(r))) return 'countries';
  if (records.every((r) => 'analysis' in r && 'title' in i18nEn(r))) return 'policies';
  return undefined;
}

/** A non-empty trimmed string, else undefined. */
export const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;

/**
 * Places texts under the language they are written in: the predecessor sometimes stored Chinese in its
 * English slot. A text moved to another language is reported; one that would overwrite is dropped.
 */
export function localized(
  byLang: { en?: unknown; zh?: unknown },
  note: (field: string, value: unknown, message: string) => void,
  field: string,
): { en?: string; zh?: string; ja?: string } | undefined {
  const out: { en?: string; zh?: string; ja?: string } = {};
  for (const slot of ['en', 'zh'] as const) {
    const value = text(byLang[slot]);
    if (!value) continue;
    const written = detectLanguage(value) ?? slot;
    const existing = out[written];
    if (existing !== undefined) {
      note(
        `${field}.${slot}`,
        value,
        existing === value
          ? `the ${slot} text repeats the ${written} text; not kept twice`
          : `the ${slot} text is written in ${written} and the ${written} text is already set; dropped`,
      );
      continue;
    }
    if (written !== slot)
      note(`${field}.${slot}`, value, `the ${slot} text is written in ${written}; stored as ${written}`);
    out[written] = value;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Reviewer names that are not a person's review ("CCUS AI Agent", "Human Audit Pending", audit labels). */
export const NOT_A_REVIEWER = /agent|pending|audit|^\s*$/i;
