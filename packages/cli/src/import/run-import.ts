import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Lang } from '@anyam/core';
import { DatasetError, writeDataset } from '@anyam/duckdb';
import { buildReport, rejectsCsv, summaryLines, type ImportReport } from './build-report.js';
import { checkFolders, type CheckProgress } from './check-folders.js';
import { ImportRefused } from './find-sources.js';
import { withStagingDir } from './with-staging-dir.js';

export interface RunImportOptions {
  readonly inputs: readonly string[];
  /** Where the dataset goes; omitted for `validate`, which writes no dataset. */
  readonly out?: string;
  readonly reportDir: string;
  readonly lang: Lang;
  readonly onProgress?: (message: string) => void;
}

export interface RunImportResult {
  /** 0: every row imported; 1: some rows rejected; 2: refused, nothing written. */
  readonly exitCode: 0 | 1 | 2;
  /** What the terminal shows (stdout), one sentence a line; on refusal, the reason (stderr). */
  readonly lines: readonly string[];
  readonly report: ImportReport | null;
}

function progressText(progress: CheckProgress, lang: Lang): string {
  const what =
    progress.stage === 'read'
      ? lang === 'id'
        ? 'membaca'
        : 'reading'
      : lang === 'id'
        ? 'memeriksa'
        : 'checking';
  return `${what} ${progress.table} (${progress.step}/${progress.total})`;
}

/**
 * `anyam import` and `anyam validate`: checks the folders, writes report.json and rejects.csv to
 * `reportDir`, and (with `out`) writes the imported rows as a dataset, atomically. A refusal
 * (missing folder, file, sheet or column) writes nothing at all. What is staged (copies of the
 * council's files, DuckDB's spill files) stays in a private folder beside the dataset (for
 * `validate`, in the temporary folder) that does not outlive the run (see `withStagingDir`).
 *
 *     const { exitCode, lines } = await runImport({ inputs: ['pandeglang'], out: 'data/export', reportDir: 'import-report', lang: 'id' });
 *     exitCode // 1 when some rows were rejected
 */
export async function runImport(options: RunImportOptions): Promise<RunImportResult> {
  const root = options.out === undefined ? tmpdir() : dirname(resolve(options.out));
  try {
    return await withStagingDir(root, (workDir) => importIn(options, workDir));
  } catch (error) {
    if (error instanceof ImportRefused)
      return { exitCode: 2, lines: [error.message], report: null };
    throw error;
  }
}

async function importIn(options: RunImportOptions, workDir: string): Promise<RunImportResult> {
  // DuckDB spills to `.tmp` in the working directory by default: keep it in the staging folder.
  const instance = await DuckDBInstance.create(':memory:', {
    temp_directory: join(workDir, 'spill'),
  });
  const connection = await instance.connect();
  try {
    const result = await checkFolders(
      connection,
      options.inputs,
      (progress) => options.onProgress?.(progressText(progress, options.lang)),
      workDir,
    );
    let dataset: string | null = null;
    if (options.out !== undefined) {
      const written = await writeDataset(connection, options.out, {
        createdBy: { command: 'import', inputs: options.inputs.map((input) => resolve(input)) },
        onProgress: (progress) =>
          options.onProgress?.(
            `${options.lang === 'id' ? 'menulis' : 'writing'} ${progress.table} (${progress.step}/${progress.total})`,
          ),
      });
      dataset = written.dir;
    }
    const report = buildReport(result, {
      command: options.out === undefined ? 'validate' : 'import',
      lang: options.lang,
      inputs: options.inputs,
      dataset,
    });
    await mkdir(options.reportDir, { recursive: true });
    await writeFile(join(options.reportDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    await writeFile(join(options.reportDir, 'rejects.csv'), rejectsCsv(result, options.lang));
    return {
      exitCode: report.exit_code,
      lines: summaryLines(report, { reportDir: options.reportDir }),
      report,
    };
  } catch (error) {
    // Both are raised before anything is written: writeDataset checks the target first and
    // writes into a temporary folder, so a refusal leaves the previous dataset whole.
    if (error instanceof ImportRefused || error instanceof DatasetError)
      return { exitCode: 2, lines: [error.message], report: null };
    throw error;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
