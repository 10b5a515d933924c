import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { type CountryProfile, countryProfileSchema } from '../domain/country-profile.ts';
import { type Facility, facilitySchema } from '../domain/facility.ts';
import type { Problem } from '../domain/problem.ts';
import { lineFor, locatedValue } from './yaml-values.ts';

/** Largest record file read (a facility or country profile is a few kilobytes). */
const MAX_FILE_BYTES = 256 * 1024;

export interface YamlRecord<T> {
  path: string;
  text: string;
  value: T;
}

/** Reads one YAML record and validates it, returning every problem with its line. */
export function parseYamlRecord<S extends z.ZodType>(
  text: string,
  path: string,
  schema: S,
): { value?: z.output<S>; problems: Problem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => ({
        file: path,
        line: e.linePos?.[0]?.line,
        message: e.message.split('\n')[0]!,
      })),
    };
  }
  const { value, lines } = locatedValue(doc, counter, 0);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file: path,
        line: lineFor(lines, issue.path),
        field: issue.path.join('.'),
        message: issue.message,
      })),
    };
  }
  return { value: parsed.data, problems: [] };
}

/** The YAML files of a folder, sorted. */
export async function yamlFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((n) => ['.yaml', '.yml'].includes(extname(n)))
    .sort()
    .map((n) => join(dir, n));
}

async function readYamlFiles<S extends z.ZodType>(
  paths: readonly string[],
  schema: S,
  nameOf: (value: z.output<S>) => string,
): Promise<{ records: YamlRecord<z.output<S>>[]; problems: Problem[] }> {
  const records: YamlRecord<z.output<S>>[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const name = basename(path);
    const buf = await readFile(path);
    if (buf.length > MAX_FILE_BYTES) {
      problems.push({
        file: path,
        message: `is ${buf.length} bytes; a record file may hold at most ${MAX_FILE_BYTES}`,
      });
      continue;
    }
    const text = buf.toString('utf8');
    const { value, problems: found } = parseYamlRecord(text, path, schema);
    problems.push(...found);
    if (value === undefined) continue;
    const expected = nameOf(value);
    if (basename(name, extname(name)) !== expected) {
      problems.push({
        file: path,
        line: 1,
        message: `the file name must be ${expected}${extname(name)} (it holds ${expected})`,
      });
      continue;
    }
    records.push({ path, text, value });
  }
  return { records, problems };
}

/** Facility files, one facility each, named after its id (`data/facilities/<id>.yaml`). */
export function readFacilityPaths(
  paths: readonly string[],
): Promise<{ records: YamlRecord<Facility>[]; problems: Problem[] }> {
  return readYamlFiles(paths, facilitySchema, (f) => f.id);
}

/** Country files, one profile each, named after its ISO code in lower case (`data/countries/jp.yaml`). */
export function readCountryPaths(
  paths: readonly string[],
): Promise<{ records: YamlRecord<CountryProfile>[]; problems: Problem[] }> {
  return readYamlFiles(paths, countryProfileSchema, (c) => c.code.toLowerCase());
}

/** Every facility file of a folder (`data/facilities/`). */
export async function readFacilityFiles(dir: string) {
  return readFacilityPaths(await yamlFilesIn(dir));
}

/** Every country file of a folder (`data/countries/`). */
export async function readCountryFiles(dir: string) {
  return readCountryPaths(await yamlFilesIn(dir));
}
