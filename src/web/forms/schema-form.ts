import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { z } from 'zod';
import { isLang, LANGS } from '../../domain/lang.ts';
import { getPath, setPath } from './dotted-path.ts';
import { commaList, numberValue, rawValue } from './form-values.ts';

/** How a field of a generated form is entered. */
export type SchemaFieldKind =
  'text' | 'textarea' | 'number' | 'select' | 'checks' | 'commas' | 'boolean' | 'yaml';

export interface SchemaField {
  /** Dotted path into the record, also the input's name. */
  name: string;
  kind: SchemaFieldKind;
  options?: string[];
  required: boolean;
  /** The top-level key the field belongs to (fieldsets group by it). */
  group: string;
}

type Json = { [key: string]: unknown };
const LONG_TEXT =
  /(summary|description|note|evidence|interpretation|mechanism|authority|event)$|(?<!citation)\.text$/i;
/** Longer lists of choices are typed as codes rather than ticked. */
const MAX_CHECKS = 20;

function resolve(node: Json, root: Json): Json {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const name = ref.replace(/^#\/(\$defs|definitions)\//, '');
  return resolve(((root.$defs ?? root.definitions) as Record<string, Json>)[name] ?? {}, root);
}

const isLocalized = (node: Json) => {
  const keys = Object.keys((node.properties as Json | undefined) ?? {});
  return node.type === 'object' && keys.length > 0 && keys.every(isLang);
};

/**
 * The inputs for a record schema, derived from its JSON Schema: text, numbers and choices as
 * inputs, one input per language for translatable text, lists of words as comma lists, and
 * anything richer (lists of objects) as a small YAML block.
 */
export function schemaFields(schema: z.ZodType, skip: readonly string[] = []): SchemaField[] {
  const root = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Json;
  const fields: SchemaField[] = [];
  const walk = (raw: Json, path: string[], required: boolean) => {
    const node = resolve(raw, root);
    const name = path.join('.');
    if (skip.includes(name)) return;
    const group = path[0] ?? '';
    if (isLocalized(node)) {
      for (const lang of LANGS) {
        fields.push({
          name: `${name}.${lang}`,
          kind: LONG_TEXT.test(name) ? 'textarea' : 'text',
          required: false,
          group,
        });
      }
      return;
    }
    if (node.type === 'object' && node.properties) {
      const req = new Set((node.required as string[] | undefined) ?? []);
      for (const [key, child] of Object.entries(node.properties as Record<string, Json>))
        walk(child, [...path, key], req.has(key));
      return;
    }
    if (node.type === 'string' && Array.isArray(node.enum)) {
      fields.push({ name, kind: 'select', options: node.enum as string[], required, group });
    } else if (node.type === 'string') {
      fields.push({ name, kind: LONG_TEXT.test(name) ? 'textarea' : 'text', required, group });
    } else if (node.type === 'number' || node.type === 'integer') {
      fields.push({ name, kind: 'number', required, group });
    } else if (node.type === 'boolean') {
      fields.push({ name, kind: 'boolean', required, group });
    } else if (node.type === 'array') {
      const items = resolve((node.items as Json | undefined) ?? {}, root);
      if (
        items.type === 'string' &&
        Array.isArray(items.enum) &&
        (items.enum as unknown[]).length <= MAX_CHECKS
      ) {
        fields.push({ name, kind: 'checks', options: items.enum as string[], required, group });
      } else if (items.type === 'string') fields.push({ name, kind: 'commas', required, group });
      else fields.push({ name, kind: 'yaml', required, group });
    } else {
      fields.push({ name, kind: 'yaml', required, group });
    }
  };
  walk(root, [], true);
  return fields;
}

/** What the inputs show for a record. */
export function recordToForm(fields: readonly SchemaField[], record: unknown): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    const value = getPath(record, field.name);
    if (value === undefined || value === null) continue;
    if (field.kind === 'commas') values[field.name] = (value as unknown[]).join(', ');
    else if (field.kind === 'checks') values[field.name] = (value as unknown[]).join('\n');
    else if (field.kind === 'yaml')
      values[field.name] = Array.isArray(value) && value.length === 0 ? '' : toYaml(value).trim();
    else if (field.kind === 'boolean') values[field.name] = value ? 'on' : '';
    else values[field.name] = String(value);
  }
  return values;
}

/**
 * The record a submitted form describes (empty inputs are absent), plus the inputs that could not
 * be read at all (YAML syntax errors), by field name.
 */
export function formToRecord(
  fields: readonly SchemaField[],
  form: Record<string, string>,
): { record: Record<string, unknown>; errors: Record<string, string[]> } {
  const record: Record<string, unknown> = {};
  const errors: Record<string, string[]> = {};
  for (const field of fields) {
    const raw = rawValue(form, field.name);
    if (field.kind === 'boolean') {
      if (raw) setPath(record, field.name, true);
      continue;
    }
    if (raw === '') continue;
    if (field.kind === 'number') setPath(record, field.name, numberValue(raw));
    else if (field.kind === 'commas') setPath(record, field.name, commaList(raw));
    else if (field.kind === 'checks') setPath(record, field.name, raw.split('\n').filter(Boolean));
    else if (field.kind === 'yaml') {
      try {
        setPath(record, field.name, parseYaml(raw, { maxAliasCount: 10 }));
      } catch (error) {
        (errors[field.name] ??= []).push(`not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      }
    } else setPath(record, field.name, raw);
  }
  return { record, errors };
}

/** The input that holds a validation issue's path (`countries.1` → `countries`). */
export function fieldNameFor(fields: readonly SchemaField[], path: readonly PropertyKey[]): string {
  const names = new Set(fields.map((f) => f.name));
  const parts = path.map(String);
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (names.has(candidate)) return candidate;
    if (fields.some((f) => f.name.startsWith(`${candidate}.`)) && n === parts.length) return candidate;
  }
  return parts.join('.');
}
