import { csvCell } from '@anyam/core';
import { tableNames, type Lang, type TableName } from '@anyam/core';
import type { CheckResult, Merge, RowProblem, TableCount } from './check-folders.js';
import type { CsvEncoding } from './decode-csv.js';
import { describe, reason, type Problem, type ProblemCode } from './messages.js';

/** report.json: everything the import found, with no PII value anywhere. */
export interface ImportReport {
  readonly command: 'import' | 'validate';
  /** 0: every row imported; 1: some rows rejected. (A refused import writes no report.) */
  readonly exit_code: 0 | 1;
  readonly lang: Lang;
  readonly created_at: string;
  readonly inputs: readonly string[];
  /** The dataset written, or null for `validate`. */
  readonly dataset: string | null;
  readonly files: readonly {
    table: TableName;
    file: string;
    rows_read: number;
    /** The encoding a CSV file was read in (null for a workbook's sheet). */
    encoding: CsvEncoding | null;
    ignored_columns: readonly string[];
  }[];
  readonly tables: Readonly<Record<TableName, TableCount>>;
  readonly totals: TableCount;
  /** Accepted conventions other than the canonical form, with how many rows (or files) used them. */
  readonly conventions: Readonly<Record<string, number>>;
  readonly merges: readonly {
    table: TableName;
    kind: Merge['kind'];
    file: string;
    line: number;
    into_file: string;
    into_line: number;
    artisan_id: string | null;
    into_artisan_id: string | null;
  }[];
  readonly problems: readonly (Problem & { reason: string })[];
}

/** Turns a problem's `src:line` detail into `file:line`, so messages name the file a person knows. */
function fileDetail(problem: RowProblem, labels: readonly string[]): string | null {
  if (problem.code !== 'duplicate_key' || !problem.detail) return problem.detail;
  const [src, line] = problem.detail.split(':');
  return `${labels[Number(src)] ?? '?'}:${line ?? '?'}`;
}

/**
 * A problem as a person reads it, tied to the file's name instead of its staging number.
 *
 *     toProblem({ table: 'assessments', src: 0, rec: 4, line: 6, column: 'design', value: '9', code: 'score_range', detail: '1' }, ['a/assessments.csv'])
 *     // { file: 'a/assessments.csv', line: 6, column: 'design', value: '9', code: 'score_range', detail: '1' }
 */
export function toProblem(problem: RowProblem, labels: readonly string[]): Problem {
  return {
    file: labels[problem.src] ?? '?',
    line: problem.line,
    column: problem.column,
    value: problem.value,
    code: problem.code as ProblemCode,
    detail: fileDetail(problem, labels),
  };
}

/**
 * Builds report.json from a check's result.
 *
 *     buildReport(result, { command: 'validate', lang: 'en', inputs: ['a'], dataset: null }).totals
 *     // { read: 1234, imported: 1200, merged: 4, rejected: 30 }
 */
export function buildReport(
  result: CheckResult,
  options: {
    command: 'import' | 'validate';
    lang: Lang;
    inputs: readonly string[];
    dataset: string | null;
    now?: Date;
  },
): ImportReport {
  const labels = result.staged.map((file) => file.label);
  const totals = tableNames.reduce(
    (sum, table) => ({
      read: sum.read + result.counts[table].read,
      imported: sum.imported + result.counts[table].imported,
      merged: sum.merged + result.counts[table].merged,
      rejected: sum.rejected + result.counts[table].rejected,
    }),
    { read: 0, imported: 0, merged: 0, rejected: 0 },
  );
  return {
    command: options.command,
    exit_code: totals.rejected > 0 ? 1 : 0,
    lang: options.lang,
    created_at: (options.now ?? new Date()).toISOString(),
    inputs: options.inputs,
    dataset: options.dataset,
    files: result.staged.map((file) => ({
      table: file.table,
      file: file.label,
      rows_read: file.read,
      encoding: file.encoding,
      ignored_columns: file.ignoredColumns,
    })),
    tables: result.counts,
    totals,
    conventions: result.conventions,
    merges: result.merges.map((merge) => ({
      table: merge.table,
      kind: merge.kind,
      file: labels[merge.src] ?? '?',
      line: merge.line,
      into_file: labels[merge.intoSrc] ?? '?',
      into_line: merge.intoLine,
      artisan_id: merge.artisanId,
      into_artisan_id: merge.intoArtisanId,
    })),
    problems: result.problems.map((problem) => {
      const readable = toProblem(problem, labels);
      return { ...readable, reason: reason(readable, options.lang) };
    }),
  };
}

/**
 * rejects.csv: one row per rejected row, with its file, line, the columns and reasons, and the
 * row exactly as it was read, so that a council can fix it and type nothing twice. It may hold
 * PII (it goes back to the council that typed it) and is never written inside a dataset.
 */
export function rejectsCsv(result: CheckResult, lang: Lang): string {
  const labels = result.staged.map((file) => file.label);
  const header =
    lang === 'id' ? 'file,baris,kolom,alasan,isi_baris' : 'file,line,column,reason,row';
  const out: string[] = [header];
  let i = 0;
  const problems = result.problems;
  while (i < problems.length) {
    const first = problems[i];
    if (!first) break;
    const group: RowProblem[] = [];
    while (
      i < problems.length &&
      problems[i]?.src === first.src &&
      problems[i]?.rec === first.rec
    ) {
      group.push(problems[i] as RowProblem);
      i += 1;
    }
    const readable = group.map((problem) => toProblem(problem, labels));
    const columns = [...new Set(readable.map((problem) => problem.column ?? ''))]
      .filter(Boolean)
      .join('; ');
    const reasons = readable
      .map(
        (problem) =>
          `${problem.column ?? (lang === 'id' ? 'baris' : 'row')}: ${reason(problem, lang)}`,
      )
      .join('; ');
    const text = result.staged[first.src]?.textOf(first.rec) ?? '';
    out.push(
      [
        csvCell(labels[first.src] ?? '?'),
        String(first.line),
        csvCell(columns),
        csvCell(reasons),
        csvCell(text),
      ].join(','),
    );
  }
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

/**
 * What the terminal shows: totals, the conventions seen, merges, and the first problems (each one
 * sentence with file, line and column; PII values never shown).
 */
export function summaryLines(
  report: ImportReport,
  options: { limit?: number; reportDir: string },
): string[] {
  const id = report.lang === 'id';
  const t = report.totals;
  const lines: string[] = [];
  const verb =
    report.command === 'validate'
      ? id
        ? 'akan diimpor'
        : 'would be imported'
      : id
        ? 'diimpor'
        : 'imported';
  lines.push(
    id
      ? `${t.read} baris dibaca dari ${report.files.length} file: ${t.imported} ${verb}, ${t.merged} digabung, ${t.rejected} ditolak.`
      : `Read ${t.read} rows from ${report.files.length} files: ${t.imported} ${verb}, ${t.merged} merged, ${t.rejected} rejected.`,
  );
  const conventions = Object.entries(report.conventions);
  if (conventions.length > 0) {
    lines.push(
      `${id ? 'Format yang diterima' : 'Conventions accepted'}: ${conventions.map(([name, n]) => `${name} (${n})`).join(', ')}.`,
    );
  }
  const nik = report.merges.filter((merge) => merge.kind === 'same_nik');
  for (const merge of nik.slice(0, 10)) {
    lines.push(
      id
        ? `Pengrajin ${merge.artisan_id} (${merge.file} baris ${merge.line}) digabung dengan ${merge.into_artisan_id} (${merge.into_file} baris ${merge.into_line}): NIK sama.`
        : `Artisan ${merge.artisan_id} (${merge.file} line ${merge.line}) merged into ${merge.into_artisan_id} (${merge.into_file} line ${merge.into_line}): same NIK.`,
    );
  }
  const limit = options.limit ?? 20;
  for (const problem of report.problems.slice(0, limit)) lines.push(describe(problem, report.lang));
  const more = report.problems.length - limit;
  if (more > 0) {
    lines.push(
      id
        ? `… dan ${more} masalah lain: lihat ${options.reportDir}/report.json.`
        : `… and ${more} more problems: see ${options.reportDir}/report.json.`,
    );
  }
  if (t.rejected > 0) {
    lines.push(
      id
        ? `Baris yang ditolak ada di ${options.reportDir}/rejects.csv, apa adanya, untuk diperbaiki.`
        : `The rejected rows are in ${options.reportDir}/rejects.csv as they were typed, to be fixed.`,
    );
  }
  return lines;
}
