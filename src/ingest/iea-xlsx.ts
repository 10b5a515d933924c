import { resolveCountry } from '../domain/countries.ts';
import type { DomainEnum } from '../domain/enum.ts';
import { type Facility, type FacilityInput, facilitySchema } from '../domain/facility.ts';
import {
  carbonFate,
  facilitySector,
  facilityStatus,
  facilityType,
  worldRegion,
} from '../domain/facility-enums.ts';
import type { Problem } from '../domain/problem.ts';
import {
  IEA_COLUMNS,
  IEA_COUNTRY_SPELLINGS,
  IEA_DATASET,
  IEA_SHEET_NAME,
  IEA_UNKNOWN,
  IEA_UNNAMED_COUNTRIES,
  type IeaColumn,
} from './iea-columns.ts';
import { parseAnnouncedCapacity } from './capacity-text.ts';
import { readSheet, SHEET_PARTS, type SheetRead } from './xlsx-sheet.ts';
import { checkZip, WORKBOOK_LIMITS, type ZipLimits, ZipRefusal } from './zip-guard.ts';

/** A value the reader had to interpret or drop: reported to the user, not an error. */
export interface Coercion {
  line: number;
  field: string;
  value: string;
  message: string;
}

export interface IeaReadResult {
  facilities: Facility[];
  problems: Problem[];
  coercions: Coercion[];
  /** The edition year read from the file name, when it carries one. */
  edition?: string;
}

type Row = Record<IeaColumn, string | undefined>;

/** The text of a cell value (trimmed; undefined when empty). */
function cellText(value: string | number | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  return String(value);
}

const unknown = (s: string | undefined) => s === undefined || IEA_UNKNOWN.has(s.trim().toLowerCase());

/** The facility id for an IEA ID; rows sharing an ID are told apart by their project type. */
const idFor = (ieaId: string, typeSuffix?: string) =>
  `iea-${ieaId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}${typeSuffix ? `-${typeSuffix.replace(/_/g, '-')}` : ''}`;

/**
 * The partners of a row: separated by commas or line breaks, except inside parentheses, where a comma
 * belongs to the partner ("Chevron (47.3%, operator)").
 */
export function splitPartners(cell: string): string[] {
  const partners: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= cell.length; i++) {
    const ch = cell[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (i === cell.length || (depth === 0 && (ch === ',' || ch === '\n'))) {
      const partner = cell.slice(start, i).trim();
      if (partner) partners.push(partner);
      start = i + 1;
    }
  }
  return partners;
}

/** Reads the rows of one sheet after the zip checks; every failure is a problem naming the file. */
function readSheetRows(buf: Buffer, file: string, sheetName: string, limits: ZipLimits): SheetRead | Problem {
  let parts: Map<string, Buffer>;
  try {
    parts = checkZip(buf, limits, SHEET_PARTS);
  } catch (error) {
    if (error instanceof ZipRefusal) return { file, message: `this file ${error.message}` };
    throw error;
  }
  try {
    return readSheet(parts, sheetName);
  } catch (error) {
    return { file, message: `this workbook cannot be read: ${(error as Error).message}` };
  }
}

/**
 * Reads the IEA CCUS Projects Database workbook into facilities. The header row is checked against
 * IEA_COLUMNS first; then every row is read, and every problem is returned at once with its row number
 * and column. Values that needed interpretation (a misspelt country, "TBD" sector) are returned as
 * coercions. Nothing here writes anything.
 */
export async function readIeaWorkbook(
  buf: Buffer,
  file: string,
  limits: ZipLimits = WORKBOOK_LIMITS,
): Promise<IeaReadResult> {
  const edition = /20\d\d/.exec(file.split(/[\\/]/).pop() ?? '')?.[0];
  const read = readSheetRows(buf, file, IEA_SHEET_NAME, limits);
  if (!('sheets' in read)) return { facilities: [], problems: [read], coercions: [], edition };
  const headerRow = read.rows?.find((r) => r.line === 1);
  if (!read.rows || !headerRow) {
    const names = read.sheets.map((n) => `"${n}"`).join(', ');
    return {
      facilities: [],
      problems: [
        {
          file,
          message: `no sheet named "${IEA_SHEET_NAME}" with a header row (the workbook has ${names || 'no sheets'})`,
        },
      ],
      coercions: [],
      edition,
    };
  }
  const positions = new Map<string, number>();
  headerRow.values.forEach((value, col) => {
    const text = cellText(value);
    if (text) positions.set(text.replace(/\s+/g, ' '), col);
  });
  const problems: Problem[] = [];
  const columnOf = {} as Record<IeaColumn, number>;
  for (const [key, title] of Object.entries(IEA_COLUMNS) as [IeaColumn, string][]) {
    const col = positions.get(title);
    if (col === undefined)
      problems.push({
        file,
        line: 1,
        field: title,
        message: `column "${title}" is missing from the header row (renamed or deleted?)`,
      });
    else columnOf[key] = col;
  }
  if (problems.length > 0) return { facilities: [], problems, coercions: [], edition };

  const rows: { line: number; row: Row }[] = [];
  for (const r of read.rows) {
    if (r.line === 1) continue;
    const row = {} as Row;
    for (const key of Object.keys(IEA_COLUMNS) as IeaColumn[]) row[key] = cellText(r.values[columnOf[key]]);
    if (Object.values(row).some((v) => v !== undefined)) rows.push({ line: r.line, row });
  }

  const coercions: Coercion[] = [];
  const typeOf = (row: Row) => (row.type ? facilityType.resolve(row.type) : undefined);
  const byId = new Map<string, { line: number; row: Row }[]>();
  for (const r of rows) if (r.row.id) byId.set(r.row.id, [...(byId.get(r.row.id) ?? []), r]);

  const facilities: Facility[] = [];
  const seen = new Map<string, number>();
  for (const { line, row } of rows) {
    const rowProblems: Problem[] = [];
    const problem = (column: IeaColumn, message: string) =>
      rowProblems.push({ file, line, field: IEA_COLUMNS[column], message });
    const coerce = (column: IeaColumn, value: string, message: string) =>
      coercions.push({ line, field: IEA_COLUMNS[column], value, message });
    if (!row.id) problem('id', 'the ID is empty');
    if (!row.name) problem('name', 'the project name is empty');
    const shared = row.id ? (byId.get(row.id)?.length ?? 0) > 1 : false;
    const type = typeOf(row);
    const id = row.id ? idFor(row.id, shared ? type : undefined) : '';
    if (shared && row.id)
      coerce(
        'id',
        row.id,
        `ID ${row.id} is shared by ${byId.get(row.id)!.length} rows; this one is stored as ${id}`,
      );
    if (id && seen.has(id))
      problem('id', `rows ${seen.get(id)} and ${line} both become ${id}; they cannot be told apart`);
    seen.set(id, line);

    const countries: string[] = [];
    if (unknown(row.country)) {
      if (row.country) coerce('country', row.country, 'country not stated; stored without a country');
    } else if (IEA_UNNAMED_COUNTRIES.has(row.country!.trim().toLowerCase())) {
      coerce('country', row.country!, 'names no particular country; stored without a country');
    } else {
      const whole = resolveCountry(row.country!) ?? IEA_COUNTRY_SPELLINGS[row.country!];
      const parts = whole ? [row.country!] : row.country!.split(/\s*,\s*|\s*-\s*|\s*\/\s*/);
      for (const part of parts) {
        const code = resolveCountry(part) ?? IEA_COUNTRY_SPELLINGS[part];
        if (!code) problem('country', `unknown country "${part}"`);
        else {
          if (!resolveCountry(part)) coerce('country', part, `read "${part}" as ${code}`);
          if (!countries.includes(code)) countries.push(code);
        }
      }
    }

    const pick = <V extends string>(
      column: IeaColumn,
      e: DomainEnum<V>,
      required: boolean,
    ): V | undefined => {
      const raw = row[column];
      if (unknown(raw)) {
        if (required) problem(column, `${e.name} is empty`);
        else if (raw) coerce(column, raw, `"${raw}" means not stated; left empty`);
        return undefined;
      }
      const value = e.resolve(raw!);
      if (!value) problem(column, e.unknownMessage(raw));
      return value;
    };
    const year = (column: IeaColumn): number | undefined => {
      const raw = row[column];
      if (unknown(raw)) return undefined;
      const m = /^(\d{4})(?:\.0+)?$/.exec(raw!.trim());
      if (!m) {
        problem(column, `"${raw}" is not a year`);
        return undefined;
      }
      return Number(m[1]);
    };
    const number = (column: IeaColumn): number | undefined => {
      const raw = row[column];
      if (unknown(raw)) return undefined;
      const n = Number(raw);
      if (!Number.isFinite(n)) problem(column, `"${raw}" is not a number`);
      return Number.isFinite(n) ? Math.round(n * 1e6) / 1e6 : undefined;
    };

    const announced = unknown(row.announcedCapacity)
      ? undefined
      : parseAnnouncedCapacity(row.announcedCapacity!);
    if (!unknown(row.announcedCapacity) && !announced)
      problem('announcedCapacity', `cannot read "${row.announcedCapacity}" as a capacity in Mt/yr`);
    if (announced?.note) coerce('announcedCapacity', row.announcedCapacity!, announced.note);
    const round = (n: number | undefined) => (n === undefined ? undefined : Math.round(n * 1e6) / 1e6);

    const links: string[] = [];
    for (const key of ['ref1', 'ref2', 'ref3', 'ref4', 'ref5', 'ref6', 'ref7'] as const) {
      const url = row[key];
      if (!url) continue;
      if (/^https?:\/\/\S+$/i.test(url) && URL.canParse(url)) links.push(url);
      else coerce(key, url, 'not a web address; dropped');
    }
    const phaseText = row.phase;
    const phase = unknown(phaseText) ? undefined : Number(phaseText);
    if (phase !== undefined && !(Number.isInteger(phase) && phase >= 1 && phase <= 20))
      problem('phase', `"${phaseText}" is not a phase number`);

    const input: FacilityInput = {
      id,
      name: { en: row.name ?? '' },
      countries,
      region: pick('region', worldRegion, false),
      type: pick('type', facilityType, true) as FacilityInput['type'],
      sector: pick('sector', facilitySector, false),
      fate: pick('fate', carbonFate, false),
      status: pick('status', facilityStatus, true) as FacilityInput['status'],
      phase: phase !== undefined && Number.isInteger(phase) ? phase : undefined,
      capacity: {
        announcedLowMt: round(announced?.lowMt),
        announcedHighMt: round(announced?.highMt),
        announcedText:
          row.announcedCapacity && !unknown(row.announcedCapacity) ? row.announcedCapacity : undefined,
        estimatedMt: number('estimatedCapacity'),
      },
      hub: unknown(row.hub) ? undefined : row.hub,
      partners: splitPartners(row.partners ?? ''),
      dates: {
        announcementYear: year('announcement'),
        fidYear: year('fid'),
        operationYear: year('operation'),
        suspensionYear: year('suspension'),
      },
      links,
      source: { dataset: IEA_DATASET, recordId: row.id ?? '' },
      provenance: { author: 'IEA CCUS Projects Database' },
    };
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const parsed = facilitySchema.safeParse(stripUndefined(input));
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ file, line, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    facilities.push(parsed.data);
  }
  return { facilities, problems, coercions, edition };
}

/** Drops undefined members so stored JSON and comparisons see only the fields that are set. */
export function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
