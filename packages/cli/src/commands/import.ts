import type { CliIo } from '../io.js';
import { importCommand } from '../import/import-command.js';

export const name = 'import';
export const summary =
  "Import councils' CSV or Excel files into a dataset, reporting every bad row.";
export const help = `Usage: anyam import DIR... [--out DIR] [--report DIR] [--lang id|en]

Reads each DIR (one per council): the 13 CSV files of spec/domain.md (councils.csv, ...,
outcomes.csv; \`,\` or \`;\` separated, UTF-8) or one .xlsx workbook with a sheet per table.
Several folders merge into one dataset. Good rows are imported; every bad row is reported with
its file, line, column and reason, and written as it was typed to rejects.csv. Names, NIKs and
phone numbers are used to match artisans and are never written to the dataset or report.json.

Options:
  --out DIR      the dataset to write (default $ANYAM_DATA, else data/export); written
                 atomically, so a failed import leaves the previous dataset whole
  --report DIR   where report.json and rejects.csv go (default ./import-report), never
                 inside the dataset
  --lang id|en   the language of the messages and rejects.csv (default id)
  --help         show this help

Exit status: 0 every row imported; 1 some rows rejected (the rest imported);
2 refused (a missing folder, file, sheet or column, or bad arguments): nothing written.

Example: anyam import councils/pandeglang councils/lebak --out data/export --lang en`;

export function run(args: readonly string[], io: CliIo): Promise<number> {
  return importCommand('import', args, io, help);
}
