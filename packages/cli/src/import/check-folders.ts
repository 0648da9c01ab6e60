/**
 * The import's checks over one or more input folders, in DuckDB: stage every file, normalise and
 * check every value in SQL, check references in cascade, drop duplicate keys, merge artisans with
 * the same NIK, and leave the imported rows as the domain tables of the connection (no PII), ready
 * for `writeDataset`.
 */
import { tmpdir } from 'node:os';
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  datasetColumns,
  enumerations,
  parseEnum,
  tableNames,
  tables,
  type EnumerationName,
  type TableName,
} from '@anyam/core';
import { indonesiaRegions } from '@anyam/core/reference';
import { macros, normaliseSql, q, shownValue, valueProblemsSql } from './check-sql.js';
import { columnKind, idColumn, importOrder, references } from './columns.js';
import { conventionsSql } from './conventions-sql.js';
import { findSources, type FolderSource } from './find-sources.js';
import type { ProblemCode } from './messages.js';
import { readWorkbook } from './read-workbook.js';
import {
  rawTableDefinition,
  stageCsv,
  stageSheet,
  type StageProblem,
  type Staged,
} from './stage.js';
import { withStagingDir } from './with-staging-dir.js';

/** A problem tied to the staged file and record it came from. */
export interface RowProblem {
  readonly table: TableName;
  readonly src: number;
  readonly rec: number;
  readonly line: number;
  readonly column: string | null;
  readonly value: string | null;
  readonly code: ProblemCode;
  readonly detail: string | null;
}

/** A row not imported as its own row because an earlier one stands for it. */
export interface Merge {
  readonly table: TableName;
  readonly src: number;
  readonly rec: number;
  readonly line: number;
  /** `same_nik`: an artisan registered twice; `same_row`: an identical row in an earlier folder. */
  readonly kind: 'same_nik' | 'same_row';
  readonly intoSrc: number;
  readonly intoLine: number;
  readonly artisanId: string | null;
  readonly intoArtisanId: string | null;
}

export interface TableCount {
  readonly read: number;
  readonly imported: number;
  readonly merged: number;
  readonly rejected: number;
}

export interface CheckResult {
  readonly staged: readonly Staged[];
  readonly problems: readonly RowProblem[];
  readonly merges: readonly Merge[];
  readonly counts: Readonly<Record<TableName, TableCount>>;
  /** Convention name → rows (or files) where it was seen. */
  readonly conventions: Readonly<Record<string, number>>;
}

export interface CheckProgress {
  readonly stage: 'read' | 'check';
  readonly table: TableName;
  readonly step: number;
  readonly total: number;
}

async function run(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, string | number>,
): Promise<void> {
  await connection.run(sql, params);
}

async function rows(
  connection: DuckDBConnection,
  sql: string,
  params?: Record<string, string | number>,
) {
  return (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
}

async function setUp(connection: DuckDBConnection): Promise<void> {
  await run(connection, 'CREATE SCHEMA IF NOT EXISTS imp');
  for (const macro of macros) await run(connection, macro);
  await run(
    connection,
    'CREATE OR REPLACE TABLE imp.problems (tbl VARCHAR, src INTEGER, rec BIGINT, line BIGINT, col VARCHAR, value VARCHAR, code VARCHAR, detail VARCHAR)',
  );
  await run(
    connection,
    'CREATE OR REPLACE TABLE imp.merged (tbl VARCHAR, src INTEGER, rec BIGINT, line BIGINT, kind VARCHAR, into_src INTEGER, into_line BIGINT, artisan_id VARCHAR, into_artisan_id VARCHAR)',
  );
  await run(
    connection,
    'CREATE OR REPLACE TABLE imp.enum_map (enumeration VARCHAR, raw VARCHAR, value VARCHAR)',
  );
  await run(
    connection,
    'CREATE OR REPLACE TABLE main.regions (code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR)',
  );
  await run(
    connection,
    `INSERT INTO main.regions SELECT code, name, level, parent_code FROM (SELECT unnest(from_json($rows::JSON, '[{"code":"VARCHAR","name":"VARCHAR","level":"VARCHAR","parent_code":"VARCHAR"}]'), recursive := true))`,
    { rows: JSON.stringify(indonesiaRegions()) },
  );
  for (const table of tableNames) {
    await run(connection, `DROP TABLE IF EXISTS imp.${q(`raw_${table}`)}`);
    await run(connection, rawTableDefinition(table));
  }
}

async function stageAll(
  connection: DuckDBConnection,
  sources: readonly FolderSource[],
  workDir: string,
  problems: StageProblem[],
  onProgress?: (progress: CheckProgress) => void,
): Promise<Staged[]> {
  const staged: Staged[] = [];
  const total = sources.length * tableNames.length;
  for (const source of sources) {
    if (source.format === 'csv') {
      for (const table of tableNames) {
        onProgress?.({ stage: 'read', table, step: staged.length + 1, total });
        const path = source.files[table];
        const label = path;
        staged.push(
          await stageCsv(
            connection,
            { table, src: staged.length, path, label, folder: source.folder, workDir },
            problems,
          ),
        );
      }
    } else {
      const sheets = await readWorkbook(source.workbook, source.workbook);
      for (const table of tableNames) {
        onProgress?.({ stage: 'read', table, step: staged.length + 1, total });
        const label = `${source.workbook} [${table}]`;
        staged.push(
          await stageSheet(
            connection,
            {
              table,
              src: staged.length,
              sheet: sheets[table],
              label,
              folder: source.folder,
              workDir,
            },
            problems,
          ),
        );
      }
    }
  }
  return staged;
}

async function insertStageProblems(
  connection: DuckDBConnection,
  staged: readonly Staged[],
  problems: readonly StageProblem[],
) {
  if (problems.length === 0) return;
  const appender = await connection.createAppender('problems', 'imp');
  for (const problem of problems) {
    appender.appendVarchar(staged[problem.src]?.table ?? '');
    appender.appendInteger(problem.src);
    appender.appendBigInt(BigInt(problem.rec));
    appender.appendBigInt(BigInt(problem.line));
    if (problem.column == null) appender.appendNull();
    else appender.appendVarchar(problem.column);
    if (problem.value == null) appender.appendNull();
    else appender.appendVarchar(problem.value);
    appender.appendVarchar(problem.code);
    if (problem.detail === null) appender.appendNull();
    else appender.appendVarchar(problem.detail);
    appender.endRow();
  }
  appender.closeSync();
}

/**
 * Maps every distinct value typed in an enumeration column (and every list item) to its canonical
 * value with core's `parseEnum`: a handful of distinct values, so JavaScript reads labels and
 * DuckDB joins the map into millions of rows.
 */
async function buildEnumMap(connection: DuckDBConnection): Promise<void> {
  const seen = new Map<EnumerationName, Map<string, string | null>>();
  const note = (enumeration: EnumerationName, raw: string) => {
    const map = seen.get(enumeration) ?? new Map<string, string | null>();
    if (!map.has(raw)) map.set(raw, parseEnum(enumeration, raw) ?? null);
    seen.set(enumeration, map);
  };
  for (const [name, values] of Object.entries(enumerations)) {
    for (const value of values) note(name as EnumerationName, value);
  }
  for (const table of tableNames) {
    for (const column of tables[table].columns) {
      const kind = columnKind(column);
      if (kind.kind !== 'enum' && kind.kind !== 'enum_list') continue;
      const select =
        kind.kind === 'enum'
          ? `SELECT DISTINCT imp.clean(${q(column.name)}) AS v FROM imp.${q(`raw_${table}`)}`
          : `SELECT DISTINCT unnest(imp.items(${q(column.name)})) AS v FROM imp.${q(`raw_${table}`)}`;
      for (const row of await rows(connection, select)) {
        if (typeof row.v === 'string') note(kind.enumeration, row.v);
      }
    }
  }
  const entries = [...seen].flatMap(([enumeration, map]) =>
    [...map].map(([raw, value]) => ({ enumeration, raw, value })),
  );
  await run(
    connection,
    `INSERT INTO imp.enum_map SELECT enumeration, raw, value FROM (SELECT unnest(from_json($rows::JSON, '[{"enumeration":"VARCHAR","raw":"VARCHAR","value":"VARCHAR"}]'), recursive := true))`,
    { rows: JSON.stringify(entries) },
  );
}

/** Rows of `table` without any problem so far. */
const withoutProblems = (table: TableName): string =>
  `imp.${q(`norm_${table}`)} n ANTI JOIN (SELECT DISTINCT src, rec FROM imp.problems WHERE tbl = '${table}') p ON n.__src = p.src AND n.__rec = p.rec`;

async function checkReferences(connection: DuckDBConnection, table: TableName): Promise<void> {
  for (const reference of references.filter((r) => r.table === table)) {
    const id = q(idColumn(reference.target));
    const col = q(reference.column);
    const isList =
      tables[table].columns.find((c) => c.name === reference.column)?.type === 'VARCHAR[]';
    const items = isList
      ? `(SELECT __src, __rec, __line, unnest(${col}) AS item FROM imp.${q(`norm_${table}`)})`
      : `(SELECT __src, __rec, __line, ${col} AS item FROM imp.${q(`norm_${table}`)})`;
    await run(
      connection,
      `INSERT INTO imp.problems
       SELECT '${table}', __src, __rec, __line, '${reference.column}', ${shownValue('item')},
              CASE WHEN item IN (SELECT ${id} FROM imp.${q(`norm_${reference.target}`)} WHERE ${id} IS NOT NULL) THEN 'rejected_ref' ELSE 'unknown_ref' END,
              '${reference.target}.csv'
       FROM ${items}
       WHERE item IS NOT NULL AND item NOT IN (SELECT id FROM imp.${q(`ids_${reference.target}`)})`,
    );
  }
}

/**
 * Keeps the first row of each key (by input folder, then line). A later row with the same key is
 * rejected, except a row from a later folder identical to the first: the same record typed by two
 * councils (a shared list of councils, say) is merged, not rejected. Keys are counted with a hash
 * aggregate first and only repeated keys are ranked, because ranking a million rows is a sort.
 */
async function dropDuplicates(connection: DuckDBConnection, table: TableName): Promise<void> {
  const key = tables[table].key;
  const all = tables[table].columns.map((column) => column.name);
  const keyList = key.map(q).join(', ');
  const ok = `imp.${q(`ok_${table}`)}`;
  const dups = `imp.${q(`dups_${table}`)}`;
  // A view, not a copy: problems are few, so filtering a million rows again is cheaper than copying them.
  await run(
    connection,
    `CREATE OR REPLACE VIEW ${ok} AS SELECT n.* FROM ${withoutProblems(table)}`,
  );
  await run(
    connection,
    `CREATE OR REPLACE TABLE ${dups} AS
     SELECT o.*, row_number() OVER (PARTITION BY ${key.map((c) => `o.${q(c)}`).join(', ')} ORDER BY o.__src, o.__rec) AS __rank
     FROM ${ok} o SEMI JOIN (SELECT ${keyList} FROM ${ok} GROUP BY ${keyList} HAVING count(*) > 1) r ON ${key.map((c) => `o.${q(c)} = r.${q(c)}`).join(' AND ')}`,
  );
  const on = key.map((column) => `d.${q(column)} = k.${q(column)}`).join(' AND ');
  const same = `(${all.map((c) => `d.${q(c)}`).join(', ')}) IS NOT DISTINCT FROM (${all.map((c) => `k.${q(c)}`).join(', ')})`;
  const keyValue = key.map((column) => `CAST(d.${q(column)} AS VARCHAR)`).join(` || ', ' || `);
  const pairs = `${dups} d JOIN ${dups} k ON k.__rank = 1 AND ${on} WHERE d.__rank > 1`;
  await run(
    connection,
    `INSERT INTO imp.problems
     SELECT '${table}', d.__src, d.__rec, d.__line, '${key.join(', ')}', ${shownValue(`(${keyValue})`)}, 'duplicate_key', CAST(k.__src AS VARCHAR) || ':' || CAST(k.__line AS VARCHAR)
     FROM ${pairs} AND NOT (d.__src <> k.__src AND ${same})`,
  );
  await run(
    connection,
    `INSERT INTO imp.merged SELECT '${table}', d.__src, d.__rec, d.__line, 'same_row', k.__src, k.__line, NULL, NULL
     FROM ${pairs} AND d.__src <> k.__src AND ${same}`,
  );
  await run(connection, `DROP TABLE IF EXISTS imp.${q(`keep_${table}`)}`);
  await run(
    connection,
    `CREATE OR REPLACE VIEW imp.${q(`keep_${table}`)} AS
     SELECT o.* FROM ${ok} o ANTI JOIN (SELECT __src, __rec FROM ${dups} WHERE __rank > 1) d ON o.__src = d.__src AND o.__rec = d.__rec`,
  );
}

/** Artisans with the same NIK are one person: the first row is kept, the others become aliases. */
async function mergeArtisansByNik(connection: DuckDBConnection): Promise<void> {
  await run(
    connection,
    `CREATE OR REPLACE TABLE imp.nik_ranked AS
     SELECT *, row_number() OVER w AS __nik_rank, first_value(artisan_id) OVER w AS __canonical,
            first_value(__src) OVER w AS __first_src, first_value(__line) OVER w AS __first_line
     FROM imp.keep_artisans WINDOW w AS (PARTITION BY nik ORDER BY __src, __rec)`,
  );
  await run(
    connection,
    `INSERT INTO imp.merged SELECT 'artisans', __src, __rec, __line, 'same_nik', __first_src, __first_line, artisan_id, __canonical
     FROM imp.nik_ranked WHERE __nik_rank > 1`,
  );
  await run(
    connection,
    'CREATE OR REPLACE TABLE imp.alias AS SELECT artisan_id AS alias_id, __canonical AS canonical_id FROM imp.nik_ranked WHERE __nik_rank > 1',
  );
  await run(connection, 'DROP VIEW IF EXISTS imp.keep_artisans');
  await run(
    connection,
    'CREATE TABLE imp.keep_artisans AS SELECT * EXCLUDE (__nik_rank, __canonical, __first_src, __first_line) FROM imp.nik_ranked WHERE __nik_rank = 1',
  );
}

/** The ids other tables may refer to: kept rows, plus (for artisans) the ids merged into them. */
async function publishIds(connection: DuckDBConnection, table: TableName): Promise<void> {
  const id = q(idColumn(table));
  const aliases = table === 'artisans' ? ' UNION SELECT alias_id FROM imp.alias' : '';
  await run(
    connection,
    `CREATE OR REPLACE TABLE imp.${q(`ids_${table}`)} AS SELECT ${id} AS id FROM imp.${q(`keep_${table}`)}${aliases}`,
  );
}

async function writeDomainTable(connection: DuckDBConnection, table: TableName): Promise<void> {
  const columns = datasetColumns(table)
    .map((column) => `CAST(${q(column.name)} AS ${column.type}) AS ${q(column.name)}`)
    .join(', ');
  await run(
    connection,
    `CREATE OR REPLACE TABLE main.${q(table)} AS SELECT ${columns} FROM imp.${q(`keep_${table}`)}`,
  );
}

/** Counts the conventions seen in `table` into `seen`. */
async function countConventions(
  connection: DuckDBConnection,
  table: TableName,
  seen: Record<string, number>,
): Promise<void> {
  const [row] = await rows(connection, conventionsSql(table));
  for (const [name, value] of Object.entries(row ?? {})) {
    const n = Number(value ?? 0);
    if (n > 0) seen[name] = (seen[name] ?? 0) + n;
  }
}

/**
 * Drops what a checked table no longer needs, so that a million-row import holds one table's
 * working copies at a time. `norm_` of a referenced table stays: later tables ask it whether an
 * id they miss was typed but rejected.
 */
async function dropWorkingTables(connection: DuckDBConnection, table: TableName): Promise<void> {
  // keep_ is a view over ok_, except for artisans, where the NIK merge made it a table.
  await run(
    connection,
    `DROP ${table === 'artisans' ? 'TABLE' : 'VIEW'} IF EXISTS imp.${q(`keep_${table}`)}`,
  );
  await run(connection, `DROP VIEW IF EXISTS imp.${q(`ok_${table}`)}`);
  for (const prefix of ['raw_', 'dups_'])
    await run(connection, `DROP TABLE IF EXISTS imp.${q(`${prefix}${table}`)}`);
  if (!references.some((reference) => reference.target === table)) {
    await run(connection, `DROP TABLE IF EXISTS imp.${q(`norm_${table}`)}`);
  }
}

async function checkTable(
  connection: DuckDBConnection,
  table: TableName,
  conventions: Record<string, number>,
): Promise<void> {
  await run(connection, normaliseSql(table));
  await run(connection, valueProblemsSql(table));
  await checkReferences(connection, table);
  if (table === 'participations') {
    // After the reference check (which accepts a merged artisan's id), point the participation at
    // the artisan kept, so that the key check sees one person enrolled once.
    await run(
      connection,
      `UPDATE imp.norm_participations SET artisan_id = a.canonical_id FROM imp.alias a WHERE artisan_id = a.alias_id`,
    );
  }
  await dropDuplicates(connection, table);
  if (table === 'artisans') await mergeArtisansByNik(connection);
  if (references.some((reference) => reference.target === table))
    await publishIds(connection, table);
  await writeDomainTable(connection, table);
  await countConventions(connection, table, conventions);
  await dropWorkingTables(connection, table);
}

/**
 * Blanks every problem value equal to a name, NIK or phone number typed anywhere in artisans.csv
 * (a council that types a name where an id belongs, or pastes columns shifted), so that no
 * personal value reaches report.json or the terminal, whichever column it was typed in.
 */
async function hidePersonalValues(connection: DuckDBConnection): Promise<void> {
  await run(
    connection,
    `UPDATE imp.problems SET value = NULL
     WHERE lower(value) IN (SELECT lower(unnest([full_name__raw, nik__raw, imp.nik_of(nik__raw), phone__raw])) FROM imp.norm_artisans)`,
  );
}

async function readProblems(connection: DuckDBConnection): Promise<RowProblem[]> {
  const found = await rows(
    connection,
    'SELECT * FROM imp.problems ORDER BY src, rec, col NULLS FIRST',
  );
  return found.map((row) => ({
    table: row.tbl as TableName,
    src: Number(row.src),
    rec: Number(row.rec),
    line: Number(row.line),
    column: (row.col as string | null) ?? null,
    value: (row.value as string | null) ?? null,
    code: row.code as ProblemCode,
    detail: (row.detail as string | null) ?? null,
  }));
}

async function readMerges(connection: DuckDBConnection): Promise<Merge[]> {
  const found = await rows(connection, 'SELECT * FROM imp.merged ORDER BY src, rec');
  return found.map((row) => ({
    table: row.tbl as TableName,
    src: Number(row.src),
    rec: Number(row.rec),
    line: Number(row.line),
    kind: row.kind as Merge['kind'],
    intoSrc: Number(row.into_src),
    intoLine: Number(row.into_line),
    artisanId: (row.artisan_id as string | null) ?? null,
    intoArtisanId: (row.into_artisan_id as string | null) ?? null,
  }));
}

async function countTables(
  connection: DuckDBConnection,
  staged: readonly Staged[],
): Promise<Record<TableName, TableCount>> {
  const rejected = new Map(
    (
      await rows(
        connection,
        'SELECT tbl, count(DISTINCT (src, rec))::INTEGER AS n FROM imp.problems GROUP BY tbl',
      )
    ).map((r) => [r.tbl, Number(r.n)]),
  );
  const merged = new Map(
    (await rows(connection, 'SELECT tbl, count(*)::INTEGER AS n FROM imp.merged GROUP BY tbl')).map(
      (r) => [r.tbl, Number(r.n)],
    ),
  );
  const counts = {} as Record<TableName, TableCount>;
  for (const table of tableNames) {
    const imported = Number(
      (await rows(connection, `SELECT count(*)::INTEGER AS n FROM main.${q(table)}`))[0]?.n ?? 0,
    );
    const read = staged.filter((s) => s.table === table).reduce((sum, s) => sum + s.read, 0);
    counts[table] = {
      read,
      imported,
      merged: merged.get(table) ?? 0,
      rejected: rejected.get(table) ?? 0,
    };
  }
  return counts;
}

/**
 * A cell that could not be read as typed (merged, a formula without result, an error) is staged
 * empty; its own problem says what to do, so the `required` or format problem the empty value
 * then gets in SQL is dropped.
 */
async function dropEchoesOfCellProblems(connection: DuckDBConnection): Promise<void> {
  await run(
    connection,
    `DELETE FROM imp.problems p USING (
       SELECT src, rec, col FROM imp.problems WHERE code IN ('merged_cell', 'formula_without_value', 'cell_error')
     ) c
     WHERE p.src = c.src AND p.rec = c.rec AND p.col = c.col
       AND p.code NOT IN ('merged_cell', 'formula_without_value', 'cell_error')`,
  );
}

/**
 * Runs every check over the input folders in `connection` and leaves the imported rows as the
 * domain tables (and `regions`) of its main schema. Throws `ImportRefused` (nothing staged or
 * written) when a folder, file, sheet or column is missing. The staged copies go to `workDir`
 * (see `withStagingDir`), each deleted as soon as DuckDB has read it; without one, a staging
 * folder of its own in the temporary folder.
 *
 *     const result = await checkFolders(connection, ['pandeglang', 'lebak']);
 *     result.counts.participations // { read: 1200, imported: 1187, merged: 0, rejected: 13 }
 */
export async function checkFolders(
  connection: DuckDBConnection,
  folders: readonly string[],
  onProgress?: (progress: CheckProgress) => void,
  workDir?: string,
): Promise<CheckResult> {
  if (workDir === undefined)
    return withStagingDir(tmpdir(), (dir) => checkFolders(connection, folders, onProgress, dir));
  const sources: FolderSource[] = [];
  for (const folder of folders) sources.push(await findSources(folder));
  await setUp(connection);
  const stageProblems: StageProblem[] = [];
  const staged = await stageAll(connection, sources, workDir, stageProblems, onProgress);
  await insertStageProblems(connection, staged, stageProblems);
  await buildEnumMap(connection);
  const conventions: Record<string, number> = {};
  for (const file of staged)
    for (const name of file.conventions) conventions[name] = (conventions[name] ?? 0) + 1;
  for (const [index, table] of importOrder.entries()) {
    onProgress?.({ stage: 'check', table, step: index + 1, total: importOrder.length });
    await checkTable(connection, table, conventions);
  }
  await dropEchoesOfCellProblems(connection);
  await hidePersonalValues(connection);
  return {
    staged,
    problems: await readProblems(connection),
    merges: await readMerges(connection),
    counts: await countTables(connection, staged),
    conventions,
  };
}
