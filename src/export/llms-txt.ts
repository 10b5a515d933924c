import type { DatasetInfo } from './dataset-info.ts';

export interface LlmsTxtInput {
  /** The site's origin, for absolute links (`https://atlas.example.org`). */
  origin: string;
  info: DatasetInfo;
  counts: { policies: number; facilities: number; countries: number };
}

/**
 * `llms.txt`: a short guide for AI agents and other programs: what the data is, where the API and
 * the machine-readable twins are, the licence, and how to cite. Follows the llms.txt layout (title,
 * summary quote, sections of links).
 */
export function llmsTxt({ origin, info, counts }: LlmsTxtInput): string {
  const u = (path: string) => `${origin}${path}`;
  return `# CCUS Atlas

> Carbon capture and storage (CCS) policy records with five scored analysis dimensions (incentive, statutory, market, strategic, MRV; 0-100), the evidence and citation behind each score, CCUS facilities and country profiles, in Chinese (zh), English (en) and Japanese (ja). Dataset version ${info.version}: ${counts.policies} policies, ${counts.facilities} facilities, ${counts.countries} country profiles.

Scores are analysis, not legal advice. A record whose reviewStatus is not "verified" with a named provenance.reviewer has not been checked by an independent reviewer; say so when you quote it. A language missing from a field is absent, not empty: fall back to another language and say which.

## API (JSON, no authentication for reading)

- [OpenAPI 3.1 description](${u('/api/openapi.json')}): every endpoint, parameter and response schema
- [Policy list](${u('/api/policies')}): filters country (ISO code or name), year, status, category, legalWeight, reviewStatus, q; sort; page; pageSize (1-200). Example: ${u('/api/policies?country=JP&category=Incentive')}
- [One policy](${u('/api/policies/jp-ccs-business-act-2024')}): /api/policies/{id}, every field with version and links
- [Facilities](${u('/api/facilities')}): CCUS projects with counted facets, capacity totals (pipeline, committed) and map markers; filters country, region, status, type, sector, fate, q; sort; page; pageSize. One project: /api/facilities/{id}
- [Countries](${u('/api/countries')}): country profiles with deployment and governance figures; /api/countries/{code} adds the seven regulatory pillars with their sources
- [Search](${u('/api/search?q=storage%20liability')}): passages of source documents and policy/facility records; words, "phrases", -exclusions, filters (country:JP, lang:ja, type:policy, doc:{id}, level:2); a glossary term is searched in zh, en and ja, and each result says which terms matched; limit and page (the answer links the next page)
- [Source documents](${u('/api/documents')}): /api/documents/{id} gives the outline and every passage; /api/documents/{id}/passages/{anchor} one passage (4-4.2.p1) or a section (4-4.2)
- [Glossary](${u('/api/glossary')}): the CCS concepts with their terms in zh, en and ja
- [JSON Schemas](${u('/downloads/schemas/policy.schema.json')}): the record shapes (also facility, country-profile, document)

## Twins: every page has a machine-readable copy

- Add .json to a page path for the same view as JSON: ${u('/policies.json?country=NO')}, ${u('/policies/jp-ccs-business-act-2024.json')}
- .md gives a policy record as Markdown with YAML front matter: ${u('/policies/jp-ccs-business-act-2024.md')}
- .csv gives a list as CSV: ${u('/policies.csv')}; facilities also as .geojson: ${u('/facilities.geojson')}
- Pages in a language: /zh/…, /en/…, /ja/… (for example ${u('/en/policies')})
- [Search](${u('/search.json?q=storage%20liability')}): passages of source documents and records, across languages
- [Data quality](${u('/quality.json')}): audit findings, citation coverage, the records needing work

## Bulk data

- [Open data](${u('/en/downloads')}): all exports with licence and citation
- [Data Package](${u('/downloads/datapackage.json')}): Frictionless descriptor; CSV tables with Table Schemas, JSON, GeoJSON, Markdown records

## Changes

- [Atom feed of all changes](${u('/en/changes.atom')}); filter with ?country=JP, ?category=Incentive, or ?type=policy&id={id}
- [Change log as JSON](${u('/changes.json')})

## Licence and citation

- Licence: ${info.licence.title} (${info.licence.name}), ${info.licence.path}. Not covered: ${info.licenceExceptions.join(', ')} (its own author's terms). Source documents keep their publishers' terms.
- Cite the dataset as: ${info.citation}
- Cite one record by its page (${u('/en/policies/{id}')}) and the date you read it; the record's revision history is kept.
- When you use a score, cite the record and the source it cites (the citation's text and URL, or the document passage at /documents/{documentId}#{anchor}).
`;
}
