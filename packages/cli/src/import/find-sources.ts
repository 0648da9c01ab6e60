import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tableNames, type TableName } from '@anyam/core';

/** A reason to refuse the whole import and write nothing (exit status 2). */
export class ImportRefused extends Error {
  override readonly name = 'ImportRefused';
}

export type FolderSource =
  | {
      readonly format: 'csv';
      readonly folder: string;
      readonly files: Readonly<Record<TableName, string>>;
    }
  | { readonly format: 'xlsx'; readonly folder: string; readonly workbook: string };

/**
 * What an input folder holds: the 13 CSV files (names in any letter case), or one `.xlsx`
 * workbook with a sheet per table. A folder with both, with several workbooks, or with some of
 * the CSV files missing is refused, because the import cannot know which one the council meant.
 *
 *     await findSources('banten/pandeglang') // { format: 'csv', folder, files: { councils: '.../councils.csv', ... } }
 */
export async function findSources(folder: string): Promise<FolderSource> {
  let entries: string[];
  try {
    if (!(await stat(folder)).isDirectory())
      throw new ImportRefused(`${folder} is a file, not a folder of CSV files or a workbook.`);
    entries = await readdir(folder);
  } catch (error) {
    if (error instanceof ImportRefused) throw error;
    throw new ImportRefused(`The input folder ${folder} does not exist or cannot be read.`);
  }
  const byLower = new Map(entries.map((entry) => [entry.toLowerCase(), entry]));
  const workbooks = entries.filter(
    (entry) => entry.toLowerCase().endsWith('.xlsx') && !entry.startsWith('~$'),
  );
  const csvFound = tableNames.filter((table) => byLower.has(`${table}.csv`));
  if (csvFound.length > 0 && workbooks.length > 0) {
    throw new ImportRefused(
      `${folder} holds both CSV files and the workbook ${workbooks[0]}; keep only one of them so that the import knows which to read.`,
    );
  }
  if (csvFound.length === 0 && workbooks.length === 1) {
    return { format: 'xlsx', folder, workbook: join(folder, workbooks[0] ?? '') };
  }
  if (workbooks.length > 1) {
    throw new ImportRefused(
      `${folder} holds ${workbooks.length} workbooks (${workbooks.join(', ')}); keep one workbook per folder.`,
    );
  }
  const missing = tableNames.filter((table) => !byLower.has(`${table}.csv`));
  if (missing.length > 0) {
    throw new ImportRefused(
      `${folder} is missing ${missing.map((table) => `${table}.csv`).join(', ')}, so nothing was imported.`,
    );
  }
  const files = Object.fromEntries(
    tableNames.map((table) => [table, join(folder, byLower.get(`${table}.csv`) ?? `${table}.csv`)]),
  ) as Record<TableName, string>;
  return { format: 'csv', folder, files };
}
