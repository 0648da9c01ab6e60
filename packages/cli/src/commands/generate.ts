import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDataset, type WriteResult } from '@anyam/duckdb';
import { defaultFromYear, defaultToYear, generate, scaleNames, type Scale } from '@anyam/synth';
import { fail } from '../cli-error.js';
import { formatBytes } from '../format/format-bytes.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { parseChoice, parseWholeNumber } from '../parse-flags.js';
import { createProgress } from '../progress.js';
import { resolveDataDir } from '../resolve-data-dir.js';

/** The seed when none is given, so that `anyam generate` always makes the same demo dataset. */
export const defaultSeed = 42;

export const name = 'generate';
export const summary =
  'Generate a synthetic dataset (Banten demo, national or nationwide) and write it as Parquet.';
export const help = `Usage: anyam generate [--scale banten|national|nationwide] [--seed N] [--from-year Y] [--to-year Y] [--out DIR]

Generates a deterministic synthetic dataset with planted, documented effects and writes it as a
dataset folder (Parquet files and manifest.json). The previous dataset in DIR is replaced only
when the new one is complete.

Options:
  --scale S      banten: Banten's 8 regencies and cities (default); national: all of
                 Indonesia, about 1,200 enterprises per regency (10 million participations);
                 nationwide: all of Indonesia with about 20 enterprises per regency (seconds)
  --seed N       the same seed gives the same dataset (default ${defaultSeed})
  --from-year Y  first year of records (default ${defaultFromYear})
  --to-year Y    last year of records (default ${defaultToYear})
  --out DIR      where to write (default $ANYAM_DATA, else data/export)
  --help         show this help

Exit status: 0 written, 1 generation or writing failed, 2 bad arguments.

Example: anyam generate --scale banten --seed 7 --out /tmp/anyam`;

function summaryText(result: WriteResult, details: string): string {
  const tables = Object.entries(result.manifest.tables);
  const width = Math.max(...tables.map(([table]) => table.length));
  const rows = tables.map(
    ([table, entry]) =>
      `  ${table.padEnd(width)}  ${entry.rows.toLocaleString('en-US').padStart(12)}`,
  );
  return `Wrote ${result.dir} (${formatBytes(result.bytes)}), ${details}:\n${rows.join('\n')}\n`;
}

/**
 * `anyam generate ...`: generates the tables inside an in-memory DuckDB with @anyam/synth, then
 * writes them with `writeDataset`. Returns the exit status.
 *
 *     await run(['--seed', '7', '--out', '/tmp/anyam'], io)
 *     // stdout: 'Wrote /tmp/anyam (3.1 MB), scale banten, seed 7, years 2021–2025:\n  councils  9\n...'
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    name,
    args,
    {
      scale: { type: 'string' },
      seed: { type: 'string' },
      'from-year': { type: 'string' },
      'to-year': { type: 'string' },
      out: { type: 'string' },
    },
    false,
  );
  const scale: Scale = parseChoice('--scale', values.scale ?? 'banten', scaleNames);
  const seed =
    values.seed === undefined ? defaultSeed : parseWholeNumber('--seed', values.seed, { min: 0 });
  const fromYear =
    values['from-year'] === undefined
      ? defaultFromYear
      : parseWholeNumber('--from-year', values['from-year'], { min: 1990, max: 2100 });
  const toYear =
    values['to-year'] === undefined
      ? defaultToYear
      : parseWholeNumber('--to-year', values['to-year'], { min: 1990, max: 2100 });
  if (fromYear > toYear) fail(`--from-year ${fromYear} is after --to-year ${toYear}.`);
  const out = resolveDataDir(values.out, io.env, io.cwd);

  const progress = createProgress(io);
  // Bounded memory: past 1 GB DuckDB spills to a temporary folder instead of growing, which keeps
  // `--scale national` (10 million participations) under 2 GiB peak (BENCHMARKS.md, ## Generate).
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '1GB',
    preserve_insertion_order: 'false',
    temp_directory: join(tmpdir(), `anyam-generate-${process.pid}`),
  });
  const connection = await instance.connect();
  try {
    await generate(connection, {
      scale,
      seed,
      fromYear,
      toYear,
      onProgress: (step, done, total) =>
        progress.update(`Generating ${scale}: ${step} (${done}/${total})`),
    });
    const result = await writeDataset(connection, out, {
      createdBy: { command: 'generate', scale, seed, from_year: fromYear, to_year: toYear },
      onProgress: (event) => {
        if (event.phase === 'start')
          progress.update(`Writing ${event.table} (${event.step}/${event.total})`);
      },
    });
    progress.done();
    io.stdout.write(
      summaryText(result, `scale ${scale}, seed ${seed}, years ${fromYear}–${toYear}`),
    );
    return 0;
  } finally {
    progress.done();
    connection.closeSync();
    instance.closeSync();
  }
}
