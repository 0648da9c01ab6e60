// Every subcommand of `anyam`, in the order `anyam --help` lists them. A command's module (and
// what it needs: DuckDB, the generator, exceljs) is loaded only when that command runs or shows
// its help, so `anyam --help` and `anyam --version` start at once. Add a command with one entry:
// its name, the one-line summary its module exports, and `load`. index.test.ts checks that each
// entry's name and summary are its module's.
import type { Command } from '../command.js';

/** A command `anyam --help` can list without loading it. */
export interface LazyCommand {
  readonly name: string;
  /** One line for `anyam --help`: the module's own `summary`. */
  readonly summary: string;
  /** The command's module. */
  load(): Promise<Command>;
}

export const commands: readonly LazyCommand[] = [
  {
    name: 'generate',
    summary:
      'Generate a synthetic dataset (Banten demo, national or nationwide) and write it as Parquet.',
    load: () => import('./generate.js'),
  },
  {
    name: 'import',
    summary: "Import councils' CSV or Excel files into a dataset, reporting every bad row.",
    load: () => import('./import.js'),
  },
  {
    name: 'validate',
    summary: "Check councils' CSV or Excel files as import would, writing no dataset.",
    load: () => import('./validate.js'),
  },
  {
    name: 'template',
    summary: 'Write the import workbook a council fills in, with dropdowns for every list.',
    load: () => import('./template.js'),
  },
  {
    name: 'query',
    summary: 'Run DuckDB SQL over a dataset (one view per table) and print the result.',
    load: () => import('./query.js'),
  },
  {
    name: 'metrics',
    summary: 'Compute a metric (reach, retention, competitiveness, ...) over a dataset.',
    load: () => import('./metrics.js'),
  },
  {
    name: 'brief',
    summary: 'Print the regional brief of a province or regency to an A4 PDF.',
    load: () => import('./brief.js'),
  },
  {
    name: 'users',
    summary: 'Add, list or remove the accounts of the dashboard (stewards, admins, analysts).',
    load: () => import('./users.js'),
  },
];
