import { z } from 'zod';

/** The languages the product speaks, in display order. */
export const LANGS = ['zh', 'en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];
export const langSchema = z.enum(LANGS);

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Text held once per language; a record from a single-language file fills that language only. */
export const localizedTextSchema = z
  .object({ zh: z.string().min(1), en: z.string().min(1), ja: z.string().min(1) })
  .partial()
  .strict()
  .meta({ description: 'One value per language (zh, en, ja); missing languages are absent.' });
export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const localizedListSchema = z
  .object({ zh: z.array(z.string().min(1)), en: z.array(z.string().min(1)), ja: z.array(z.string().min(1)) })
  .partial()
  .strict();
export type LocalizedList = z.infer<typeof localizedListSchema>;

/** Fallback order when a text is missing in the requested language. */
const FALLBACK: Record<Lang, readonly Lang[]> = {
  zh: ['zh', 'en', 'ja'],
  en: ['en', 'zh', 'ja'],
  ja: ['ja', 'en', 'zh'],
};

export interface Picked<T> {
  value: T;
  /** The language the value is actually in; differs from the requested one on fallback. */
  lang: Lang;
  fallback: boolean;
}

/** Picks the text for `lang`, falling back visibly (the caller learns which language it got). */
export function pickText<T>(text: Partial<Record<Lang, T>> | undefined, lang: Lang): Picked<T> | undefined {
  if (!text) return undefined;
  for (const candidate of FALLBACK[lang]) {
    const value = text[candidate];
    if (value !== undefined) return { value, lang: candidate, fallback: candidate !== lang };
  }
  return undefined;
}

/** Languages present in a localized value, in display order. */
export function languagesOf(text: Partial<Record<Lang, unknown>> | undefined): Lang[] {
  return text ? LANGS.filter((l) => text[l] !== undefined) : [];
}
