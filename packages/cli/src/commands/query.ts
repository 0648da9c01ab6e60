import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DatasetError, errorSentence, openDataset, type ReadResult } from '@anyam/duckdb';
import { fail, usageError } from '../cli-error.js';
import { formatCsv } from '../format/format-csv.js';
import { formatJson } from '../format/format-json.js';
import { formatTable } from '../format/format-table.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { parseChoice } from '../parse-flags.js';
import { resolveDataDir } from '../resolve-data-dir.js';

const formats = ['table', 'csv', 'json'] as const;

export const name = 'query';
export const summary = 'Run DuckDB SQL over a dataset (one view per table) and print the result.';
export const help = `Usage: anyam query "SQL" [--data DIR] [--format table|csv|json]
       anyam query --file FILE.sql [--data DIR] [--format table|csv|json]

Opens the dataset with one view per table (councils, enterprises, artisans, programs,
participations, products, assessments, practices, study_visits, adoptions, exhibitions,
exhibitors, outcomes, regions) and runs the SQL. participations, assessments and outcomes have
an INTEGER year column: filtering on it reads only that year's files. See data/README.md for
every column, and data/queries/ for examples.

Options:
  --data DIR                the dataset (default $ANYAM_DATA, else data/export)
  --file FILE               read the SQL from a file (e.g. data/queries/study-visit-hosts.sql)
  --format table|csv|json   table (default) aligned for a terminal; csv as RFC 4180 (lists
                            ;-separated, NULL empty); json an array of objects
  --help                    show this help

Exit status: 0 done, 1 the dataset could not be opened or the SQL failed, 2 bad arguments.

Example: anyam query "SELECT craft_category, count(*) AS n FROM enterprises GROUP BY ALL ORDER BY n DESC"`;

/**
 * The arguments with SQL moved behind `--`: SQL that opens with a comment ("-- Question: ...")
 * would otherwise be read as an option. An option never holds white space, so an argument that
 * starts with "-" and does is SQL.
 *
 *     sqlAsPositional(['-- Top hosts\nSELECT 1', '--format', 'csv'])
 *     // ['--format', 'csv', '--', '-- Top hosts\nSELECT 1']
 */
export function sqlAsPositional(args: readonly string[]): readonly string[] {
  const end = args.indexOf('--');
  const head = end < 0 ? args : args.slice(0, end);
  const tail = end < 0 ? [] : args.slice(end + 1);
  const isSql = (arg: string) => arg.startsWith('-') && /\s/.test(arg);
  if (!head.some(isSql)) return args;
  return [...head.filter((arg) => !isSql(arg)), '--', ...head.filter(isSql), ...tail];
}

const formatters: Record<(typeof formats)[number], (result: ReadResult) => string> = {
  table: formatTable,
  csv: formatCsv,
  json: formatJson,
};

/**
 * `anyam query "SQL" ...`: opens the dataset, runs the SQL and prints the rows. Returns the exit status.
 *
 *     await run(['SELECT count(*) AS n FROM councils', '--format', 'csv'], io)
 *     // stdout: 'n\r\n9\r\n', returns 0
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    name,
    sqlAsPositional(args),
    { data: { type: 'string' }, format: { type: 'string' }, file: { type: 'string' } },
    true,
  );
  const format = parseChoice('--format', values.format ?? 'table', formats);
  if (values.file !== undefined && positionals.length > 0)
    usageError('Give the SQL either as an argument or with --file, not both.');
  if (values.file === undefined && positionals.length === 0) {
    usageError(
      'The SQL to run is missing; give it in quotes, e.g. anyam query "SELECT count(*) FROM councils".',
    );
  }
  if (positionals.length > 1)
    usageError(
      `Expected one SQL argument but got ${positionals.length}; put the whole statement in quotes.`,
    );
  const sql =
    values.file === undefined
      ? (positionals[0] ?? '')
      : await readFile(resolve(io.cwd ?? process.cwd(), values.file), 'utf8').catch(() =>
          fail(`Cannot read the SQL file ${values.file}.`),
        );
  if (sql.trim() === '') usageError('The SQL statement is empty.');

  const dir = resolveDataDir(values.data, io.env, io.cwd);
  const dataset = await openDataset(dir, { poolSize: 1 }).catch((error: unknown) => {
    if (error instanceof DatasetError) fail(error.message);
    throw error;
  });
  try {
    const result = await dataset
      .read(sql)
      .catch((error: unknown) => fail(`The query failed: ${errorSentence(error)}`));
    io.stdout.write(formatters[format](result));
    return 0;
  } finally {
    await dataset.close();
  }
}
