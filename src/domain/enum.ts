import { z } from 'zod';
import type { Lang } from './lang.ts';
import { closest } from './suggest.ts';

export interface EnumEntry {
  zh: string;
  en: string;
  ja: string;
  /** Other spellings seen in the wild that mean this value (matched case-insensitively). */
  aliases?: readonly string[];
}

export interface DomainEnum<V extends string> {
  readonly name: string;
  readonly values: readonly [V, ...V[]];
  readonly entries: Readonly<Record<V, EnumEntry>>;
  /** The zod schema: accepts canonical values and aliases, outputs canonical values. */
  readonly schema: z.ZodType<V, unknown>;
  /** The strict schema: canonical values only (used for JSON Schema and stored data). */
  readonly strict: z.ZodEnum<{ [K in V]: K }>;
  label(value: V, lang: Lang): string;
  /** Resolves a canonical value, an alias or a label in any language; undefined when unknown. */
  resolve(input: string): V | undefined;
  /** A message for an unknown input naming the closest valid value, if any. */
  unknownMessage(input: unknown): string;
}

const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/[\s_-]+/g, ' ');

export function defineEnum<V extends string>(name: string, entries: Record<V, EnumEntry>): DomainEnum<V> {
  const values = Object.keys(entries) as V[];
  if (values.length === 0) throw new Error(`enum ${name} has no values`);
  const lookup = new Map<string, V>();
  for (const value of values) {
    const entry = entries[value];
    for (const spelling of [value, entry.en, entry.zh, entry.ja, ...(entry.aliases ?? [])]) {
      const key = fold(spelling);
      const existing = lookup.get(key);
      if (existing !== undefined && existing !== value) {
        throw new Error(`enum ${name}: "${spelling}" means both ${existing} and ${value}`);
      }
      lookup.set(key, value);
    }
  }
  const tuple = values as [V, ...V[]];
  const strict = z.enum(tuple as unknown as readonly [V, ...V[]]) as unknown as z.ZodEnum<{ [K in V]: K }>;
  const resolve = (input: string) => lookup.get(fold(input));
  const unknownMessage = (input: unknown) => {
    const shown = typeof input === 'string' ? `"${input}"` : JSON.stringify(input);
    const hint = typeof input === 'string' ? closest(input, [...values, ...values.map((v) => entries[v].en)]) : undefined;
    const suggestion = hint === undefined ? undefined : (resolve(hint) ?? hint);
    return suggestion
      ? `unknown ${name} ${shown}; did you mean "${suggestion}"?`
      : `unknown ${name} ${shown}; expected one of ${values.map((v) => `"${v}"`).join(', ')}`;
  };
  const schema = z
    .custom<V>((input) => typeof input === 'string' && resolve(input) !== undefined, {
      error: (issue) => unknownMessage(issue.input),
    })
    .transform((input): string => resolve(input as string)!)
    .pipe(strict as unknown as z.ZodType<V, string>) as unknown as z.ZodType<V, unknown>;
  return {
    name,
    values: tuple,
    entries,
    schema,
    strict,
    label: (value, lang) => entries[value][lang],
    resolve,
    unknownMessage,
  };
}
