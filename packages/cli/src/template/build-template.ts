import ExcelJS from 'exceljs';
import {
  enumerations,
  labels,
  tableNames,
  tables,
  type ColumnSpec,
  type EnumerationName,
  type Lang,
} from '@anyam/core';
import { columnKind } from '../import/columns.js';
import { councilRegions, councilRow, type CouncilRow } from './council-row.js';
import { instructions } from './instructions.js';

export interface TemplateOptions {
  /** The council whose own row is filled in and whose regions the region lists hold. */
  readonly council?: CouncilRow | null;
  readonly lang: Lang;
  /** How many rows of each sheet carry the dropdowns (default 2000). */
  readonly rows?: number;
}

// The labels a steward picks from are the Indonesian ones (the import accepts them); booleans
// take the words of the language, which the import reads in both.
const booleanWords: Record<Lang, readonly string[]> = { id: ['ya', 'tidak'], en: ['yes', 'no'] };
const choiceFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDF3DC' } } as const;
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5F5B' } } as const;

function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A number format that reads back as the import expects: text stays text, dates stay dates. */
function numberFormat(column: ColumnSpec): string {
  const kind = columnKind(column);
  if (kind.kind === 'date') return 'yyyy-mm-dd';
  if (kind.kind === 'int' || kind.kind === 'year') return '0';
  if (kind.kind === 'share') return '0.00';
  if (kind.kind === 'bool') return 'General';
  // Ids, codes and NIKs are text: 36.10 must not become the number 36.1, nor a NIK 3.6E+15.
  return '@';
}

/** The list a column picks from: an enumeration's labels, region codes, or yes/no. */
function choiceList(column: ColumnSpec): { key: string; strict: boolean } | null {
  const kind = columnKind(column);
  if (kind.kind === 'enum') return { key: kind.enumeration, strict: true };
  // A list column may hold several values separated by ";": the dropdown helps, but allows more.
  if (kind.kind === 'enum_list') return { key: kind.enumeration, strict: false };
  if (kind.kind === 'region') return { key: 'region_code', strict: true };
  if (kind.kind === 'bool') return { key: 'boolean', strict: false };
  return null;
}

/**
 * The import workbook: an instructions sheet, one sheet per table with its header row, number
 * formats that read back unchanged, dropdowns (Excel data validation) for every enumeration,
 * region code and yes/no column, and for a council its own councils row.
 *
 *     const workbook = buildTemplate({ council: councilRow('DKR-36.01'), lang: 'id' });
 *     workbook.getWorksheet('councils')?.getRow(2).values // [, 'DKR-36.01', '36.01', 'Dekranasda Kabupaten Pandeglang']
 */
export function buildTemplate(options: TemplateOptions): ExcelJS.Workbook {
  const rows = options.rows ?? 2000;
  const text = instructions[options.lang];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Anyam';
  workbook.created = new Date(0);

  const guide = workbook.addWorksheet(text.sheet);
  guide.getColumn(1).width = 120;
  text.lines.forEach((line, index) => {
    const cell = guide.getCell(index + 1, 1);
    cell.value = line;
    cell.alignment = { wrapText: true, vertical: 'top' };
    if (index === 0) cell.font = { bold: true, size: 14 };
  });
  if (options.council) {
    guide.getCell(text.lines.length + 2, 1).value =
      options.lang === 'id'
        ? `Dewan: ${options.council.council_id} (${options.council.name}); barisnya di lembar councils sudah terisi.`
        : `Council: ${options.council.council_id} (${options.council.name}); its row of the councils sheet is filled in.`;
  }

  // The lists every dropdown points to, one column each, on a hidden sheet.
  const lists = workbook.addWorksheet(text.lists, { state: 'hidden' });
  const listRange = new Map<string, string>();
  const listValues: [string, readonly string[]][] = [
    ...(Object.keys(enumerations) as EnumerationName[]).map(
      (name) =>
        [
          name,
          enumerations[name].map(
            (value) => (labels[name] as Record<string, { id: string }>)[value]?.id ?? value,
          ),
        ] as [string, readonly string[]],
    ),
    ['region_code', councilRegions(options.council?.region_code ?? null).map((r) => r.code)],
    ['boolean', booleanWords[options.lang]],
  ];
  listValues.forEach(([key, values], index) => {
    const letter = columnLetter(index);
    lists.getCell(1, index + 1).value = key;
    values.forEach((value, row) => {
      const cell = lists.getCell(row + 2, index + 1);
      cell.numFmt = '@';
      cell.value = value;
    });
    listRange.set(key, `'${text.lists}'!$${letter}$2:$${letter}$${values.length + 1}`);
  });

  for (const table of tableNames) {
    const sheet = workbook.addWorksheet(table, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = tables[table].columns;
    columns.forEach((column, index) => {
      const sheetColumn = sheet.getColumn(index + 1);
      sheetColumn.width = Math.max(14, column.name.length + 4);
      sheetColumn.numFmt = numberFormat(column);
      const header = sheet.getCell(1, index + 1);
      header.value = column.name;
      header.numFmt = '@';
      header.font = { bold: true, color: { argb: 'FFFFFFFF' } };
      header.fill = headerFill;
      const choice = choiceList(column);
      if (!choice) return;
      const formula = listRange.get(choice.key);
      for (let row = 2; row <= rows + 1; row += 1) {
        const cell = sheet.getCell(row, index + 1);
        cell.numFmt = numberFormat(column);
        cell.fill = choiceFill;
        cell.dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [formula],
          showErrorMessage: true,
          errorStyle: choice.strict ? 'stop' : 'information',
          error:
            options.lang === 'id'
              ? 'Pilih salah satu nilai dari daftar.'
              : 'Pick one of the values of the list.',
        };
      }
    });
    if (table === 'councils' && options.council) {
      const row = sheet.getRow(2);
      row.getCell(1).value = options.council.council_id;
      row.getCell(2).value = options.council.region_code;
      row.getCell(3).value = options.council.name;
    }
  }
  return workbook;
}

/** A council id that ends in no region code of the reference. */
export class UnknownCouncil extends Error {
  override readonly name = 'UnknownCouncil';
  constructor(councilId: string) {
    super(
      `The council ${councilId.slice(0, 64)} names no region: a council id ends with its region code, e.g. DKR-36.01.`,
    );
  }
}

/**
 * The template as the bytes of an .xlsx file, for a council id (or none).
 *
 *     await templateBytes({ councilId: 'DKR-36.01', lang: 'en' }) // Uint8Array of a workbook
 */
export async function templateBytes(options: {
  councilId?: string | null;
  lang: Lang;
}): Promise<Uint8Array> {
  const council = options.councilId ? councilRow(options.councilId) : null;
  if (options.councilId && !council) throw new UnknownCouncil(options.councilId);
  const workbook = buildTemplate({ council, lang: options.lang });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
