/**
 * The SQL that turns staged VARCHAR rows into typed rows and a table of problems. Identifiers in
 * this SQL come only from core's `tables` (an allowlist); values never appear in it.
 */
import { restoreFormulaSql, tables, type ColumnSpec, type TableName } from '@anyam/core';
import { columnKind, mayBeEmpty, type ColumnKind } from './columns.js';

/** `"name"` for an allowlisted identifier. */
export const q = (name: string): string => `"${name}"`;

/**
 * Macros shared by the checks. Each reads what a person typed and returns the canonical value or
 * NULL, so "could not be read" is one `IS NULL` test.
 *
 * - `clean`: trims spaces, tabs, line breaks and no-break spaces; an empty cell is NULL; a quote
 *   that an export put before a formula-like text (`'=...`) is dropped.
 * - `to_date`: `2024-08-17`, `17/08/2024`, `17-08-2024`, `17.08.2024` (day first, as Indonesians write).
 * - `to_int`: `1250000`, `1.250.000`, `Rp 1.250.000`, `Rp1.250.000,00`, `1,250,000`, `5.0`.
 * - `to_share`: `0.75`, `0,75`, `75%`.
 * - `to_bool`: `true`/`false`, `ya`/`tidak`, `yes`/`no`, `y`/`n`, `1`/`0`, `sudah`/`belum`, `benar`/`salah`.
 */
export const macros: readonly string[] = [
  `CREATE OR REPLACE MACRO imp.trimmed(x) AS nullif(trim(x, ' ' || chr(9) || chr(10) || chr(13) || chr(160)), '')`,
  // A cell Anyam's own exports guarded against spreadsheet formulas ('=...) reads as it was typed.
  `CREATE OR REPLACE MACRO imp.clean(x) AS ${restoreFormulaSql('imp.trimmed(x)')}`,
  `CREATE OR REPLACE MACRO imp.to_date(v) AS CAST(CASE
     WHEN v LIKE '____-__-__' THEN try_cast(v AS DATE)
     WHEN regexp_full_match(v, '\\d{4}-\\d{1,2}-\\d{1,2}') THEN try_strptime(v, '%Y-%m-%d')
     WHEN regexp_full_match(v, '\\d{1,2}/\\d{1,2}/\\d{4}') THEN try_strptime(v, '%d/%m/%Y')
     WHEN regexp_full_match(v, '\\d{1,2}-\\d{1,2}-\\d{4}') THEN try_strptime(v, '%d-%m-%Y')
     WHEN regexp_full_match(v, '\\d{1,2}\\.\\d{1,2}\\.\\d{4}') THEN try_strptime(v, '%d.%m.%Y')
   END AS DATE)`,
  `CREATE OR REPLACE MACRO imp.int_of(s) AS CASE
     WHEN regexp_full_match(s, '[+-]?\\d+') THEN try_cast(s AS BIGINT)
     WHEN regexp_full_match(s, '[+-]?\\d{1,3}(\\.\\d{3})+(,0+)?') THEN try_cast(replace(regexp_replace(s, ',0+$', ''), '.', '') AS BIGINT)
     WHEN regexp_full_match(s, '[+-]?\\d{1,3}(,\\d{3})+') THEN try_cast(replace(s, ',', '') AS BIGINT)
     WHEN regexp_full_match(s, '[+-]?\\d+[.,]0{1,2}') THEN try_cast(regexp_replace(s, '[.,]0+$', '') AS BIGINT)
   END`,
  `CREATE OR REPLACE MACRO imp.to_int(v) AS imp.int_of(replace(regexp_replace(v, '^[Rr][Pp]\\.?', ''), ' ', ''))`,
  `CREATE OR REPLACE MACRO imp.share_of(s) AS CASE
     WHEN regexp_full_match(s, '[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)%') THEN try_cast(replace(rtrim(s, '%'), ',', '.') AS DOUBLE) / 100
     WHEN regexp_full_match(s, '[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)') THEN try_cast(replace(s, ',', '.') AS DOUBLE)
   END`,
  `CREATE OR REPLACE MACRO imp.to_share(v) AS imp.share_of(replace(v, ' ', ''))`,
  `CREATE OR REPLACE MACRO imp.to_bool(v) AS CASE
     WHEN lower(v) IN ('true', 'ya', 'yes', 'y', '1', 'sudah', 'benar') THEN true
     WHEN lower(v) IN ('false', 'tidak', 'no', 'n', '0', 'belum', 'salah', 'tdk') THEN false
   END`,
  `CREATE OR REPLACE MACRO imp.nik_of(v) AS regexp_replace(v, '[\\s.''-]', '', 'g')`,
  // A value that looks like a NIK or an Indonesian mobile number is never echoed in a problem,
  // whichever column it was typed in (a NIK pasted into birth_year is still a NIK).
  `CREATE OR REPLACE MACRO imp.mask(v) AS CASE WHEN regexp_matches(v, '\\d{16}') OR regexp_matches(v, '(^|[^0-9])(\\+?62|0)8[0-9 -]{7,14}') THEN NULL ELSE v END`,
  `CREATE OR REPLACE MACRO imp.items(v) AS coalesce(list_filter(list_transform(string_split_regex(v, '[;,]'), x -> imp.clean(x)), x -> x IS NOT NULL), CAST([] AS VARCHAR[]))`,
];

/** The map column holding an enumeration's labels, joined into the normalising query. */
const mapColumn = (enumeration: string): string => q(`__map_${enumeration}`);

/**
 * The typed value of a column, from its cleaned text `"<col>__raw"`.
 *
 *     typedExpression(tables.programs.columns[5]) // 'imp.to_date("start_date__raw")'
 */
export function typedExpression(column: ColumnSpec): string {
  const v = q(`${column.name}__raw`);
  const kind = columnKind(column);
  switch (kind.kind) {
    case 'text':
    case 'region':
      return v;
    case 'nik':
      return `CASE WHEN regexp_full_match(imp.nik_of(${v}), '\\d{16}') THEN imp.nik_of(${v}) END`;
    case 'enum':
      return `map_extract_value(${mapColumn(kind.enumeration)}, ${v})`;
    case 'enum_list':
      return `list_sort(list_distinct(list_transform(imp.items(${v}), x -> map_extract_value(${mapColumn(kind.enumeration)}, x))))`;
    case 'id_list':
      return `list_sort(list_distinct(imp.items(${v})))`;
    case 'date':
      return `imp.to_date(${v})`;
    case 'year':
    case 'int':
      return `imp.to_int(${v})`;
    case 'share':
      return `imp.to_share(${v})`;
    case 'bool':
      return `imp.to_bool(${v})`;
  }
}

/** The enumerations a table's columns use, for the maps its query joins. */
export function tableEnumerations(table: TableName): string[] {
  const found = new Set<string>();
  for (const column of tables[table].columns) {
    const kind = columnKind(column);
    if (kind.kind === 'enum' || kind.kind === 'enum_list') found.add(kind.enumeration);
  }
  return [...found];
}

/**
 * `CREATE TABLE imp.norm_<table>`: per column its cleaned text (`<col>__raw`) and typed value,
 * and `__stray`: whether any cell of the row had spaces around it.
 */
export function normaliseSql(table: TableName): string {
  const columns = tables[table].columns;
  const cleaned = columns
    .map((column) => `imp.clean(${q(column.name)}) AS ${q(`${column.name}__raw`)}`)
    .join(', ');
  const typed = columns
    .map((column) => `${typedExpression(column)} AS ${q(column.name)}`)
    .join(', ');
  const raws = columns.map((column) => q(`${column.name}__raw`)).join(', ');
  const maps = tableEnumerations(table)
    .map(
      (enumeration) =>
        ` CROSS JOIN (SELECT map(list(raw), list(value)) AS ${mapColumn(enumeration)} FROM imp.enum_map WHERE enumeration = '${enumeration}')`,
    )
    .join('');
  // Whether any cell had spaces around it, for the report's conventions (the raw text is gone after).
  const stray = columns
    .map((column) => `coalesce(${q(column.name)} <> trim(${q(column.name)}), false)`)
    .join(' OR ');
  return `CREATE OR REPLACE TABLE imp.${q(`norm_${table}`)} AS
    SELECT __src, __rec, __line, __stray, ${raws}, ${typed}
    FROM (SELECT __src, __rec, __line, ${stray} AS __stray, ${cleaned} FROM imp.${q(`raw_${table}`)})${maps}`;
}

/** The CASE giving a column's problem code, NULL when its value is fine. */
function problemCase(column: ColumnSpec, kind: ColumnKind): string {
  const v = q(`${column.name}__raw`);
  const t = q(column.name);
  const empty = mayBeEmpty(column) ? '' : `WHEN ${v} IS NULL THEN 'required' `;
  const emptyOk = `WHEN ${v} IS NULL THEN NULL `;
  const intRange = column.type === 'INTEGER' ? `WHEN ${t} > 2147483647 THEN 'bad_number' ` : '';
  switch (kind.kind) {
    case 'text':
      return mayBeEmpty(column)
        ? 'CAST(NULL AS VARCHAR)'
        : `CASE WHEN ${v} IS NULL THEN 'required' END`;
    case 'nik':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_nik' END`;
    case 'region':
      return `CASE ${empty}${emptyOk}WHEN ${v} NOT IN (SELECT code FROM main.regions) THEN 'bad_region' END`;
    case 'enum':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_enum' END`;
    case 'enum_list':
      return `CASE ${empty}${emptyOk}WHEN list_contains(list_transform(imp.items(${v}), x -> map_extract_value(${mapColumn(kind.enumeration)}, x) IS NULL), true) THEN 'bad_enum' END`;
    case 'id_list':
      return `CASE ${empty}${emptyOk}WHEN len(${t}) = 0 AND ${mayBeEmpty(column) ? 'false' : 'true'} THEN 'required' END`;
    case 'date':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_date' WHEN year(${t}) NOT BETWEEN 1900 AND 2100 THEN 'date_range' END`;
    case 'year':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_number' WHEN ${t} NOT BETWEEN 1900 AND 2100 THEN 'year_range' END`;
    case 'int': {
      const range =
        kind.max !== undefined
          ? `WHEN ${t} NOT BETWEEN ${kind.min} AND ${kind.max} THEN 'score_range' `
          : kind.min > 0
            ? `WHEN ${t} < ${kind.min} THEN 'below_minimum' `
            : `WHEN ${t} < 0 THEN 'negative' `;
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_number' ${range}${intRange}END`;
    }
    case 'share':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL OR isnan(${t}) THEN 'bad_number' WHEN ${t} NOT BETWEEN 0 AND 1 THEN 'share_range' END`;
    case 'bool':
      return `CASE ${empty}${emptyOk}WHEN ${t} IS NULL THEN 'bad_bool' END`;
  }
}

/** The value a problem shows: nothing for PII, the first unknown item of a list, else the cleaned text. */
function problemValue(column: ColumnSpec, kind: ColumnKind): string {
  if (column.pii) return 'NULL';
  const v = q(`${column.name}__raw`);
  const value =
    kind.kind === 'enum_list'
      ? `coalesce(list_filter(imp.items(${v}), x -> map_extract_value(${mapColumn(kind.enumeration)}, x) IS NULL)[1], ${v})`
      : v;
  return shownValue(value);
}

/**
 * The value a problem may show: NULL when it looks like a NIK or a phone number. (Values equal to
 * any name, NIK or phone typed in artisans.csv are blanked at the end, see `hidePersonalValues`.)
 *
 *     shownValue('item') // 'imp.mask(item)'
 */
export function shownValue(expression: string): string {
  return `imp.mask(${expression})`;
}

/**
 * `INSERT INTO imp.problems` every problem of a single value of `table`, plus `end_date` before
 * `start_date`. One SELECT per column over the columnar table: cheap, and each names its column.
 */
export function valueProblemsSql(table: TableName): string {
  const columns = tables[table].columns;
  const maps = tableEnumerations(table)
    .map(
      (enumeration) =>
        ` CROSS JOIN (SELECT map(list(raw), list(value)) AS ${mapColumn(enumeration)} FROM imp.enum_map WHERE enumeration = '${enumeration}')`,
    )
    .join('');
  const selects = columns.map((column) => {
    const kind = columnKind(column);
    const detail =
      kind.kind === 'enum' || kind.kind === 'enum_list'
        ? `'${kind.enumeration}'`
        : kind.kind === 'int'
          ? `'${kind.min}'`
          : 'NULL';
    return `SELECT '${table}' AS tbl, __src, __rec, __line, '${column.name}' AS col, ${problemValue(column, kind)} AS value, ${problemCase(column, kind)} AS code, ${detail} AS detail FROM imp.${q(`norm_${table}`)}${maps}`;
  });
  if (columns.some((column) => column.name === 'end_date')) {
    selects.push(
      `SELECT '${table}', __src, __rec, __line, 'end_date', imp.mask("end_date__raw"), CASE WHEN "end_date" < "start_date" AND year("end_date") BETWEEN 1900 AND 2100 AND year("start_date") BETWEEN 1900 AND 2100 THEN 'end_before_start' END, NULL FROM imp.${q(`norm_${table}`)}`,
    );
  }
  return `INSERT INTO imp.problems SELECT * FROM (${selects.join('\nUNION ALL\n')}) WHERE code IS NOT NULL`;
}
