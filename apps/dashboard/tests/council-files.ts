/**
 * A small council folder for the accounts tests: the 13 tables of one regency council with
 * `participants` artisans trained in 2024, so that the overview's counts are large enough to be
 * shown (not suppressed). Every artisan carries a planted NIK, which must never leave the
 * state's submissions/ folder.
 */
import ExcelJS from 'exceljs';
import { tableNames, tables, type TableName } from '@anyam/core';

/** The planted NIK of artisan `i` of a council region such as 36.01. */
export const plantedNik = (region: string, i: number) =>
  `${region.replace('.', '')}9${String(900000000 + i).padStart(11, '7')}`;

export function councilTables(region: string, participants: number): Record<TableName, string[][]> {
  const council = `DKR-${region}`;
  const enterprises = Array.from({ length: 6 }, (_, i) => `E${i + 1}`);
  const artisans = Array.from({ length: participants }, (_, i) => `A${i + 1}`);
  return {
    councils: [
      [council, region, 'Dekranasda Kabupaten Pandeglang'],
      ['DKR-36', '36', 'Dekranasda Provinsi Banten'],
    ],
    enterprises: enterprises.map((id, i) => [
      id,
      region,
      `Usaha ${id}`,
      i % 2 ? 'batik' : 'woven_textile',
      'micro',
      i % 2 ? 'M' : 'F',
      '2010',
      '2020-01-15',
    ]),
    artisans: artisans.map((id, i) => [
      id,
      enterprises[i % enterprises.length]!,
      `Pengrajin Nomor ${i + 1}`,
      plantedNik(region, i),
      `0812${String(10000000 + i)}`,
      i % 3 ? 'F' : 'M',
      '1985',
      '2020-02-01',
    ]),
    programs: [
      [
        'P1',
        council,
        'Pelatihan Tenun',
        'training',
        'woven_textile',
        '2024-01-10',
        '2024-03-10',
        region,
        '40',
        '50000000',
      ],
    ],
    participations: artisans.map((id) => ['P1', id, '2024-01-10', 'true']),
    products: enterprises.map((id, i) => [
      `PR${i + 1}`,
      id,
      `Produk ${id}`,
      'woven_textile',
      '350000',
      '0.9',
      'halal',
      'local',
    ]),
    assessments: enterprises.map((_, i) => [
      `PR${i + 1}`,
      '2024-04-01',
      'DKR-36',
      '4',
      '4',
      '3',
      '3',
      '4',
    ]),
    practices: [['PB1', 'Pewarnaan alami', 'materials', council]],
    study_visits: [['V1', council, 'DKR-36', '2024-05-10', '8', 'PB1']],
    adoptions: [[council, 'PB1', '2024-07-01', 'V1', 'piloted']],
    exhibitions: [['X1', 'Pameran Kriya', '2024-09-01', '2024-09-05', region, 'local', council]],
    exhibitors: [['X1', 'E1', '12500000', '40', '6']],
    outcomes: enterprises.flatMap((id) => [
      [id, '2023', '150000000', '4', '600'],
      [id, '2024', '180000000', '5', '700'],
    ]),
  };
}

/** The tables as the 13 CSV files (text by file name). */
export function councilCsvFiles(
  rows: Record<TableName, string[][]>,
): { name: string; bytes: string }[] {
  return tableNames.map((table) => ({
    name: `${table}.csv`,
    bytes:
      [tables[table].columns.map((c) => c.name), ...rows[table]]
        .map((r) => r.join(','))
        .join('\n') + '\n',
  }));
}

/**
 * Fills a template workbook (as downloaded) with the rows, as a person types them: numbers as
 * numbers, dates as dates. The council row of the template is kept.
 */
export async function fillTemplate(
  template: Uint8Array,
  rows: Record<TableName, string[][]>,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  for (const table of tableNames) {
    const sheet = workbook.getWorksheet(table)!;
    const present = table === 'councils' ? String(sheet.getCell('A2').value ?? '') : '';
    const todo = rows[table].filter((cells) => cells[0] !== present);
    const first = present ? 3 : 2;
    todo.forEach((cells, r) => {
      const row = sheet.getRow(first + r);
      cells.forEach((text, c) => {
        const column = tables[table].columns[c]!;
        row.getCell(c + 1).value =
          text === ''
            ? null
            : column.type === 'DATE'
              ? new Date(`${text}T00:00:00Z`)
              : ['INTEGER', 'BIGINT', 'DOUBLE'].includes(column.type) &&
                  /^-?\d+(\.\d+)?$/.test(text)
                ? Number(text)
                : text;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
