import { inflateRawSync } from 'node:zlib';

/**
 * A small reader for the cells of one worksheet of an .xlsx file, for workbooks that `checkZip` has
 * already accepted (sizes and entry count within limits). It reads only what a data table needs:
 * shared strings, inline strings, numbers, booleans and cached formula results; styles, formulas,
 * dates as dates and rich formatting are ignored (a date cell reads as its serial number).
 */

const EOCD = 0x06054b50;

/** The decompressed entries of a zip archive, by name (after checkZip, so no limit is checked here). */
function unzipEntries(buf: Buffer, wanted: (name: string) => boolean): Map<string, Buffer> {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('the zip directory is missing');
  const entries = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let n = 0; n < entries; n++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + skip;
    if (!wanted(name)) continue;
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + compressed);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
  }
  return out;
}

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes XML character and entity references. */
export const xmlText = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, ref: string) =>
    ref[0] === '#'
      ? String.fromCodePoint(
          ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)),
        )
      : ENTITY[ref.toLowerCase()]!,
  );

/** The text of an `<si>` or `<is>` element: its `<t>` runs joined (phonetic runs `<rPh>` left out). */
const runs = (xml: string) =>
  xmlText(
    [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
      .map((m) => m[1])
      .join(''),
  );

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Column letters to a 1-based index ("A" → 1, "AE" → 31). */
const columnIndex = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

export interface SheetRow {
  /** 1-based row number as in the workbook. */
  line: number;
  /** Cell values by 1-based column index: text, number or boolean. */
  values: (string | number | boolean | undefined)[];
}

/** Names of the workbook's sheets, in order. */
export interface SheetRead {
  sheets: string[];
  rows: SheetRow[] | undefined;
}

/**
 * Reads the rows of the sheet named `sheetName` (undefined rows when there is no such sheet).
 * Throws on a workbook whose parts are missing or malformed.
 */
export function readSheet(buf: Buffer, sheetName: string): SheetRead {
  const parts = unzipEntries(
    buf,
    (n) =>
      n === 'xl/workbook.xml' ||
      n === 'xl/_rels/workbook.xml.rels' ||
      n === 'xl/sharedStrings.xml' ||
      n.startsWith('xl/worksheets/'),
  );
  const workbook = parts.get('xl/workbook.xml')?.toString('utf8');
  const rels = parts.get('xl/_rels/workbook.xml.rels')?.toString('utf8');
  if (!workbook || !rels) throw new Error('xl/workbook.xml or its relationships are missing');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({
    name: xmlText(attr(m[0], 'name') ?? ''),
    rid: attr(m[0], 'r:id'),
  }));
  const sheet = sheets.find((s) => s.name === sheetName);
  const names = sheets.map((s) => s.name);
  if (!sheet) return { sheets: names, rows: undefined };
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .find((r) => attr(r, 'Id') === sheet.rid);
  const target = rel ? attr(rel, 'Target') : undefined;
  if (!target) throw new Error(`the sheet "${sheetName}" has no part`);
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
  const xml = parts.get(path)?.toString('utf8');
  if (xml === undefined) throw new Error(`the part ${path} of sheet "${sheetName}" is missing`);
  const shared = [
    ...(parts.get('xl/sharedStrings.xml')?.toString('utf8') ?? '').matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g),
  ].map((m) => (m[1] ? runs(m[1]) : ''));
  const rows: SheetRow[] = [];
  for (const row of xml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const line = Number(attr(row[1]!, 'r'));
    const values: SheetRow['values'] = [];
    for (const cell of (row[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cell[1]!, 'r');
      const col = ref ? columnIndex(/^[A-Z]+/.exec(ref)![0]) : values.length + 1;
      const type = attr(cell[1]!, 't');
      const inner = cell[2] ?? '';
      const v = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let value: string | number | boolean | undefined;
      if (type === 's') value = v === undefined ? undefined : shared[Number(v)];
      else if (type === 'inlineStr') value = runs(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (type === 'str') value = v === undefined ? undefined : xmlText(v);
      else if (type === 'b') value = v === '1';
      else if (type === 'e') value = undefined;
      else value = v === undefined ? undefined : Number(v);
      values[col] = value;
    }
    rows.push({ line, values });
  }
  return { sheets: names, rows };
}
