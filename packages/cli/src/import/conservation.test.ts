import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { tableNames, type TableName } from '@anyam/core';
import { goodFiles, tempDir, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

/** The good files as cells (they hold no quotes, so splitting on commas is exact). */
const grid = Object.fromEntries(
  tableNames.map((table) => [
    table,
    goodFiles[table]
      .trimEnd()
      .split('\n')
      .map((line) => line.split(',')),
  ]),
) as Record<TableName, string[][]>;

/** Values a person might mistype: wrong types, out of range, ids of other rows, separators, quotes. */
const nasty = fc.constantFrom(
  '',
  ' ',
  'xx',
  '-1',
  '0',
  '9',
  '1.5',
  '31/02/2024',
  '1850-01-01',
  'Rp -5.000',
  'ya',
  'P',
  'tenun',
  'A1',
  'E2',
  'DK-36',
  'PB1;PB9',
  '36.99',
  '"',
  'a,b',
  'line\nbreak',
  'x"y',
);

const corruption = fc.record({
  table: fc.constantFrom(...tableNames),
  row: fc.nat(),
  column: fc.nat(),
  value: nasty,
});

/** One CSV line from cells, quoting (RFC 4180) only where a cell needs it. */
const toLine = (cells: readonly string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');

async function readRejects(path: string): Promise<string[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT "row" FROM read_csv($path, header = true, delim = ',', quote = '"', escape = '"', auto_detect = false,
        columns = {'file': 'VARCHAR', 'line': 'BIGINT', 'column': 'VARCHAR', 'reason': 'VARCHAR', 'row': 'VARCHAR'})`,
      { path },
    );
    return reader.getRowObjectsJson().map((row) => String(row.row ?? ''));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

test('runImport conserves rows: imported + merged + rejected = read, and every rejected row is in rejects.csv', async () => {
  const root = await tempDir();
  let run = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(corruption, { minLength: 1, maxLength: 6 }), async (corruptions) => {
      run += 1;
      const cells = Object.fromEntries(
        tableNames.map((t) => [t, grid[t].map((row) => [...row])]),
      ) as Record<TableName, string[][]>;
      for (const { table, row, column, value } of corruptions) {
        const rows = cells[table];
        const target = rows[1 + (row % (rows.length - 1))];
        if (target) target[column % target.length] = value;
      }
      const texts = Object.fromEntries(
        tableNames.map((t) => [t, `${cells[t].map(toLine).join('\n')}\n`]),
      ) as Record<TableName, string>;
      const dir = join(root, `run-${run}`);
      const input = await writeFolder(join(dir, 'council'), texts);
      const reportDir = join(dir, 'report');
      const result = await runImport({ inputs: [input], reportDir, lang: 'en' });

      expect([0, 1]).toContain(result.exitCode);
      const report = result.report;
      if (!report) throw new Error('no report');
      for (const table of tableNames) {
        const { read, imported, merged, rejected } = report.tables[table];
        expect(read).toBe(cells[table].length - 1);
        expect(imported + merged + rejected).toBe(read);
      }
      const rejected = await readRejects(join(reportDir, 'rejects.csv'));
      expect(rejected).toHaveLength(report.totals.rejected);
      for (const problem of report.problems) {
        const table = problem.file.split('/').pop()?.replace('.csv', '') as TableName;
        // The record a problem names, as the test wrote it (its line = header + data rows before it).
        const lines = (await readFile(join(input, `${table}.csv`), 'utf8')).split('\n');
        const row = cells[table].find(
          (_, index) => index > 0 && lineOf(cells[table], index) === problem.line,
        );
        expect(row, `${problem.file}:${problem.line}`).toBeDefined();
        expect(rejected).toContain(toLine(row ?? []));
        expect(lines.length).toBeGreaterThanOrEqual(problem.line);
      }
      expect(report.exit_code).toBe(report.totals.rejected > 0 ? 1 : 0);
    }),
    { numRuns: 12, seed: 20240817 },
  );
});

/** The file line of data row `index`: rows before it may span several lines (quoted line breaks). */
function lineOf(rows: readonly string[][], index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) line += toLine(rows[i] ?? []).split('\n').length;
  return line;
}
