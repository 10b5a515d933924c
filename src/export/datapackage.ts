import type { PlacedFacility } from '../analysis/facility-map.ts';
import type { CountryProfile } from '../domain/country-profile.ts';
import type { Facility } from '../domain/facility.ts';
import { jsonSchemas } from '../domain/json-schemas.ts';
import type { Policy } from '../domain/policy.ts';
import { policyToMarkdown } from '../ingest/record-writer.ts';
import { countriesToCsv } from './countries-csv.ts';
import { DATASET_AUTHOR, DATASET_LICENCE, type DatasetInfo, withBom } from './dataset-info.ts';
import { facilitiesToCsv, facilitiesToGeoJson } from './facilities.ts';
import { policiesToCsv } from './policies-csv.ts';
import { policyScoresToCsv } from './policy-scores-csv.ts';
import { TABLE_SCHEMAS } from './table-schemas.ts';

/** The dataset as of one moment: what every export is made from. */
export interface DatasetSnapshot {
  info: DatasetInfo;
  policies: readonly Policy[];
  facilities: readonly Facility[];
  /** Facilities with a point to draw (their own, or their country's centroid) and those without. */
  placed: readonly PlacedFacility[];
  unplaced: readonly Facility[];
  countries: readonly CountryProfile[];
}

/** One file of an export, by its path inside the package. */
export interface ExportFile {
  path: string;
  mediatype: string;
  text: string;
}

export interface ExportOptions {
  /** Start CSV files with a byte-order mark so Excel reads them as UTF-8. */
  bom?: boolean;
}

/** The dataset block that JSON and GeoJSON exports carry beside their records. */
export const datasetMember = (info: DatasetInfo) => ({
  name: info.name,
  title: info.title,
  version: info.version,
  updatedAt: info.updatedAt,
  licence: info.licence,
  licenceExceptions: info.licenceExceptions,
  citation: info.citation,
});

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

let schemaFiles: ExportFile[] | undefined;
/** The JSON Schema files (generated once per process: the model does not change while it runs). */
const jsonSchemaFiles = () =>
  (schemaFiles ??= Object.entries(jsonSchemas()).map(([name, schema]) => ({ path: `schemas/${name}`, mediatype: 'application/schema+json', text: json(schema) })));

/** The exports as files: CSV tables, JSON, GeoJSON, Markdown records and JSON Schemas. */
export function exportFiles(snapshot: DatasetSnapshot, options: ExportOptions = {}): ExportFile[] {
  const csv = (text: string) => (options.bom ? withBom(text) : text);
  const dataset = datasetMember(snapshot.info);
  return [
    { path: 'data/policies.csv', mediatype: 'text/csv', text: csv(policiesToCsv(snapshot.policies)) },
    { path: 'data/policy-scores.csv', mediatype: 'text/csv', text: csv(policyScoresToCsv(snapshot.policies)) },
    { path: 'data/facilities.csv', mediatype: 'text/csv', text: csv(facilitiesToCsv(snapshot.facilities)) },
    { path: 'data/countries.csv', mediatype: 'text/csv', text: csv(countriesToCsv(snapshot.countries)) },
    { path: 'data/policies.json', mediatype: 'application/json', text: json({ dataset, records: snapshot.policies }) },
    { path: 'data/facilities.json', mediatype: 'application/json', text: json({ dataset, records: snapshot.facilities }) },
    { path: 'data/countries.json', mediatype: 'application/json', text: json({ dataset, records: snapshot.countries }) },
    {
      path: 'data/facilities.geojson',
      mediatype: 'application/geo+json',
      text: json({ ...facilitiesToGeoJson([...snapshot.placed], [...snapshot.unplaced]), dataset }),
    },
    ...snapshot.policies.map((p) => ({ path: `records/${p.id}.md`, mediatype: 'text/markdown', text: policyToMarkdown(p) })),
    ...jsonSchemaFiles(),
  ];
}

const tabular = (name: string, path: string, title: string, schema: unknown, bom: boolean | undefined) => ({
  name,
  path,
  profile: 'tabular-data-resource',
  title,
  format: 'csv',
  mediatype: 'text/csv',
  encoding: bom ? 'utf-8-sig' : 'utf-8',
  dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
  schema,
});

/**
 * The Frictionless Data Package descriptor (`datapackage.json`) for the files of `exportFiles`:
 * tables with their Table Schemas, JSON with its JSON Schema, licence, contributors, citation and version.
 */
export function dataPackageDescriptor(snapshot: DatasetSnapshot, files: readonly ExportFile[], options: ExportOptions = {}) {
  const { info } = snapshot;
  const records = files.filter((f) => f.path.startsWith('records/')).map((f) => f.path);
  const schemaFile = (name: string) => (files.some((f) => f.path === `schemas/${name}`) ? `schemas/${name}` : undefined);
  return {
    profile: 'data-package',
    name: info.name,
    title: info.title,
    description:
      'CCS policy records with five scored analysis dimensions and the evidence and citation behind each score, CCUS facilities and country profiles, in Chinese, English and Japanese.',
    version: info.version,
    created: info.updatedAt || undefined,
    keywords: ['carbon capture and storage', 'CCS', 'CCUS', 'climate policy', 'energy policy'],
    licenses: [DATASET_LICENCE],
    contributors: [{ title: DATASET_AUTHOR, role: 'author' }],
    citation: info.citation,
    licenceExceptions: info.licenceExceptions,
    resources: [
      tabular('policies', 'data/policies.csv', 'Policies, one row each', TABLE_SCHEMAS.policies(), options.bom),
      tabular('policy-scores', 'data/policy-scores.csv', 'Scores of the five analysis dimensions and their citations', TABLE_SCHEMAS.policyScores(), options.bom),
      tabular('facilities', 'data/facilities.csv', 'CCUS facilities, capacity by the one capacity rule', TABLE_SCHEMAS.facilities(), options.bom),
      tabular('countries', 'data/countries.csv', 'Country profiles', TABLE_SCHEMAS.countries(), options.bom),
      {
        name: 'policies-json',
        path: 'data/policies.json',
        profile: 'data-resource',
        title: 'Policies with every field, as JSON (records validate against the JSON Schema)',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        jsonSchema: schemaFile('policy.schema.json'),
      },
      { name: 'facilities-json', path: 'data/facilities.json', profile: 'data-resource', format: 'json', mediatype: 'application/json', encoding: 'utf-8', jsonSchema: schemaFile('facility.schema.json') },
      { name: 'countries-json', path: 'data/countries.json', profile: 'data-resource', format: 'json', mediatype: 'application/json', encoding: 'utf-8', jsonSchema: schemaFile('country-profile.schema.json') },
      { name: 'facilities-geojson', path: 'data/facilities.geojson', profile: 'data-resource', format: 'geojson', mediatype: 'application/geo+json', encoding: 'utf-8' },
      ...(records.length > 0
        ? [{ name: 'policy-records', path: records, profile: 'data-resource', title: 'Policy records as Markdown with YAML front matter (importable with ccus-atlas import)', format: 'md', mediatype: 'text/markdown', encoding: 'utf-8' }]
        : []),
    ],
  };
}

/** The package README: what it holds, its licence, how to cite it. */
export function packageReadme(snapshot: DatasetSnapshot, files: readonly ExportFile[]): string {
  const { info } = snapshot;
  return [
    `# ${info.title}`,
    '',
    `Version ${info.version}${info.updatedAt ? ` (as of ${info.updatedAt})` : ''}.`,
    '',
    `${snapshot.policies.length} policies, ${snapshot.facilities.length} facilities and ${snapshot.countries.length} country profiles.`,
    '`datapackage.json` describes every file (Frictionless Data Package, with Table Schemas for the CSV files).',
    '',
    '## Licence',
    '',
    `${info.licence.title} (${info.licence.name}), ${info.licence.path}, except: ${info.licenceExceptions.join(', ')} (its own author's terms).`,
    '',
    '## How to cite',
    '',
    info.citation,
    '',
    '## Files',
    '',
    ...files.filter((f) => !f.path.startsWith('records/')).map((f) => `- \`${f.path}\``),
    `- \`records/<id>.md\` (${files.filter((f) => f.path.startsWith('records/')).length} files)`,
    '',
  ].join('\n');
}

/** Every file of the Data Package, `datapackage.json` and `README.md` first. */
export function dataPackageFiles(snapshot: DatasetSnapshot, options: ExportOptions = {}): ExportFile[] {
  const files = exportFiles(snapshot, options);
  return [
    { path: 'datapackage.json', mediatype: 'application/json', text: json(dataPackageDescriptor(snapshot, files, options)) },
    { path: 'README.md', mediatype: 'text/markdown', text: packageReadme(snapshot, files) },
    ...files,
  ];
}
