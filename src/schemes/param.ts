/**
 * Provenance of scheme parameters. Every default a scheme uses carries where it comes from and how sure we
 * are of it: `v` checked in the source named, `k` general knowledge or a modelling assumption not re-checked
 * (a configurable default), `d` derived by arithmetic from checked figures.
 */

export type Certainty = 'v' | 'k' | 'd';

export interface Param<T> {
  readonly value: T;
  readonly source: string;
  readonly certainty: Certainty;
  /** Unit or meaning, shown next to the value. */
  readonly unit?: string;
}

/** Builds a frozen parameter record. */
export function param<T>(value: T, certainty: Certainty, source: string, unit?: string): Param<T> {
  return Object.freeze(unit === undefined ? { value, certainty, source } : { value, certainty, source, unit });
}

export type ParamTable = Readonly<Record<string, Param<unknown>>>;

/** The plain values of a parameter table, with user overrides (by key) applied on top. */
export function paramValues<T extends ParamTable>(
  table: T,
  overrides: Readonly<Record<string, unknown>> = {},
): { [K in keyof T]: T[K]['value'] } {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(overrides)) {
    if (!(key in table)) throw new Error(`unknown parameter: ${key}`);
    if (typeof overrides[key] !== typeof table[key]!.value) {
      throw new Error(`parameter ${key}: expected ${typeof table[key]!.value}, got ${typeof overrides[key]}`);
    }
  }
  for (const key of Object.keys(table)) out[key] = key in overrides ? overrides[key] : table[key]!.value;
  return out as { [K in keyof T]: T[K]['value'] };
}

/** Recursively freezes a plain value (objects and arrays) and returns it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
