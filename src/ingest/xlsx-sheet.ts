/**
 * A small reader for the cells of one worksheet of an .xlsx file, from the entries that `checkZip`
 * decompressed within its limits (`SHEET_PARTS` says which to keep). It reads only what a data table needs:
 * shared strings, inline strings, numbers, booleans and cached formula results; styles, formulas,
 * dates as dates and rich formatting are ignored (a date cell reads as its serial number).
 */

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

/** The zip entries `readSheet` needs. */
export const SHEET_PARTS = (name: string) =>
  name === 'xl/workbook.xml' ||
  name === 'xl/_rels/workbook.xml.rels' ||
  name === 'xl/sharedStrings.xml' ||
  name.startsWith('xl/worksheets/');

/**
 * Reads the rows of the sheet named `sheetName` (undefined rows when there is no such sheet).
 * Throws on a workbook whose parts are missing or malformed.
 */
export function readSheet(parts: ReadonlyMap<string, Buffer>, sheetName: string): SheetRead {
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
