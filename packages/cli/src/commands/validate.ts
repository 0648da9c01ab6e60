import type { CliIo } from '../io.js';
import { importCommand } from '../import/import-command.js';

export const name = 'validate';
export const summary = "Check councils' CSV or Excel files as import would, writing no dataset.";
export const help = `Usage: anyam validate DIR... [--report DIR] [--lang id|en]

Runs every check of \`anyam import\` over each DIR (13 CSV files, or one .xlsx workbook with a
sheet per table) and writes report.json and rejects.csv, but no dataset.

Options:
  --report DIR   where report.json and rejects.csv go (default ./import-report)
  --lang id|en   the language of the messages and rejects.csv (default id)
  --help         show this help

Exit status: 0 every row would be imported; 1 some rows would be rejected;
2 refused (a missing folder, file, sheet or column, or bad arguments): nothing written.

Example: anyam validate councils/pandeglang --lang en`;

export function run(args: readonly string[], io: CliIo): Promise<number> {
  return importCommand('validate', args, io, help);
}
