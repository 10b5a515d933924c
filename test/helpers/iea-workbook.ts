import ExcelJS from 'exceljs';
import { IEA_COLUMNS, IEA_SHEET_NAME } from '../../src/ingest/iea-columns.ts';

/** One row of a test workbook, by IEA header; omitted columns are empty. */
export type IeaRow = Partial<Record<(typeof IEA_COLUMNS)[keyof typeof IEA_COLUMNS], string | number>>;

export const SAMPLE_ROWS: IeaRow[] = [
  {
    'Project name': 'Sleipner CO2 Storage',
    ID: 10,
    'Country or economy': 'Norway',
    Partners: 'Equinor, Vår Energi',
    'Project type': 'Full chain',
    Announcement: 1990,
    Operation: 1996,
    'Project Status': 'Operational',
    'Announced capacity (Mt CO2/yr)': 1,
    'Estimated capacity by IEA (Mt CO2/yr)': 1,
    Sector: 'Natural gas processing/LNG',
    'Fate of carbon': 'Dedicated storage',
    Region: 'Europe',
    'Ref 1': 'https://www.equinor.com/energy/sleipner',
  },
  {
    'Project name': 'Japan to Malaysia shipping chain',
    ID: 20,
    'Country or economy': 'Japan-Malaysia',
    'Project type': 'T&S',
    Announcement: 2023,
    'Project Status': 'Planned',
    'Announced capacity (Mt CO2/yr)': '0.5 - 1',
    Sector: 'T&S',
    'Fate of carbon': 'Dedicated storage',
    Region: 'Other Asia Pacific',
  },
  {
    'Project name': 'Up-to capture plant',
    ID: 30,
    'Country or economy': 'United States',
    'Project type': 'Capture',
    FID: 2024,
    'Project Status': 'Under construction',
    'Announced capacity (Mt CO2/yr)': 'up to 2',
    Sector: 'Cement',
    'Fate of carbon': 'Unknown/unspecified',
    Region: 'North America',
  },
  {
    'Project name': 'Unsized DAC pilot',
    ID: 40,
    'Country or economy': 'Island',
    'Project type': 'CCU',
    'Project Status': 'Cancelled',
    Sector: 'DAC',
    'Fate of carbon': 'Use',
    Region: 'Europe',
  },
];

/** Builds an IEA-shaped workbook in memory; `rename` changes header titles to test the header check. */
export async function buildIeaWorkbook(
  rows: IeaRow[] = SAMPLE_ROWS,
  rename: Record<string, string> = {},
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(IEA_SHEET_NAME);
  const titles = Object.values(IEA_COLUMNS) as string[];
  sheet.addRow([...titles.map((t) => rename[t] ?? t), 'Link 1']);
  for (const row of rows) sheet.addRow(titles.map((t) => row[t as keyof IeaRow] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
