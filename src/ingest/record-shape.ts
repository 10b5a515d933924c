import { isLang, type Lang, LANGS } from '../domain/lang.ts';
import { POLICY_ID_LIST_PATHS, POLICY_LIST_PATHS, POLICY_TEXT_PATHS } from '../domain/policy-fields.ts';
import { ANALYSIS_DIMENSIONS } from '../domain/policy.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True for `{ en: …, ja: … }`: an object whose keys are all language codes. */
export function isLocalizedMap(value: unknown): value is Partial<Record<Lang, unknown>> {
  return isObj(value) && Object.keys(value).length > 0 && Object.keys(value).every(isLang);
}

/** Removes empty strings, nulls and whitespace-only text, recursively; trims text ends. */
export function pruneEmpty(value: unknown): unknown {
  if (typeof value === 'string') {
    const trimmed = value.replace(/\r\n?/g, '\n').trim();
    return trimmed === '' ? undefined : trimmed;
  }
  if (Array.isArray(value)) return value.map(pruneEmpty).filter((v) => v !== undefined);
  if (isObj(value)) {
    const out: Obj = {};
    for (const [k, v] of Object.entries(value)) {
      const pruned = pruneEmpty(v);
      if (pruned !== undefined) out[k] = pruned;
    }
    return out;
  }
  return value ?? undefined;
}

/** Applies `fn` to the value at every concrete path matching `pattern` (`*` matches array indexes). */
function updateAt(root: Obj, pattern: string, fn: (v: unknown) => unknown): void {
  const parts = pattern.split('.');
  const visit = (node: unknown, i: number): void => {
    const part = parts[i]!;
    const last = i === parts.length - 1;
    if (part === '*') {
      if (!Array.isArray(node)) return;
      node.forEach((item, idx) => (last ? (node[idx] = fn(item)) : visit(item, i + 1)));
      return;
    }
    if (!isObj(node) || !(part in node)) return;
    if (last) node[part] = fn(node[part]);
    else visit(node[part], i + 1);
  };
  visit(root, 0);
}

const liftText = (lang: Lang) => (v: unknown) =>
  typeof v === 'string' || typeof v === 'number' ? { [lang]: String(v) } : v;

const liftList = (lang: Lang) => (v: unknown) => (Array.isArray(v) ? { [lang]: v.map(String) } : v);

const asIdList = (v: unknown) =>
  typeof v === 'string' || typeof v === 'number'
    ? [String(v)]
    : Array.isArray(v)
      ? v.map((x) => (typeof x === 'number' ? String(x) : x))
      : v;

const asCitation = (v: unknown) =>
  typeof v === 'string' ? (/^https?:\/\/\S+$/i.test(v) ? { url: v } : { text: v }) : v;

const asWindow = (v: unknown) => {
  if (typeof v !== 'string') return v;
  const [from, to] = v.split('/').map((s) => s.trim());
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
};

/**
 * Turns a record as written in a file (single-language strings, snake_case already camelCased,
 * flattened provenance, citation strings) into the input shape of the policy schema.
 */
export function shapePolicyInput(raw: unknown, lang: Lang): unknown {
  const value = pruneEmpty(raw);
  if (!isObj(value)) return value;
  for (const key of ['Author', 'Reviewer', 'LastAuditDate'] as const) {
    const flat = `provenance${key}`;
    if (flat in value) {
      const provenance = (isObj(value.provenance) ? value.provenance : {}) as Obj;
      provenance[key[0]!.toLowerCase() + key.slice(1)] = value[flat];
      value.provenance = provenance;
      delete value[flat];
    }
  }
  for (const path of POLICY_TEXT_PATHS) updateAt(value, path, liftText(lang));
  for (const path of POLICY_LIST_PATHS) updateAt(value, path, liftList(lang));
  for (const path of POLICY_ID_LIST_PATHS) updateAt(value, path, asIdList);
  for (const d of ANALYSIS_DIMENSIONS) updateAt(value, `analysis.${d}.citation`, asCitation);
  updateAt(value, 'evolution.effectiveApplicationWindow', asWindow);
  return value;
}

/** Languages that appear in any localized field of a shaped record. */
export function languagesIn(value: unknown): Lang[] {
  const found = new Set<Lang>();
  const walk = (v: unknown) => {
    if (isLocalizedMap(v)) for (const k of Object.keys(v)) found.add(k as Lang);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (isObj(v)) Object.values(v).forEach(walk);
  };
  walk(value);
  return LANGS.filter((l) => found.has(l));
}
