import { tables, type TableName } from '@anyam/core';
import { q } from './check-sql.js';
import { columnKind } from './columns.js';

/**
 * One aggregate over a staged table counting the rows written in each accepted convention other
 * than the canonical form, so that the report can say what it saw (and a council can see, say,
 * that its dates were read day first).
 *
 *     conventionsSql('participations')
 *     // SELECT count(*) FILTER (WHERE ...)::INTEGER AS "day_first_dates", ... FROM imp."norm_participations"
 */
export function conventionsSql(table: TableName): string {
  const found = new Map<string, string[]>();
  const add = (name: string, condition: string) =>
    found.set(name, [...(found.get(name) ?? []), condition]);
  for (const column of tables[table].columns) {
    const v = `n.${q(`${column.name}__raw`)}`;
    const t = `n.${q(column.name)}`;
    const kind = columnKind(column);
    if (kind.kind === 'date')
      add(
        'day_first_dates',
        `(${t} IS NOT NULL AND NOT starts_with(${v}, CAST(year(${t}) AS VARCHAR)))`,
      );
    if (kind.kind === 'int') {
      add('rupiah_prefix', `(${t} IS NOT NULL AND lower(${v}) LIKE 'rp%')`);
      add('thousands_separators', `(${t} IS NOT NULL AND regexp_matches(${v}, '\\d[.,]\\d{3}'))`);
    }
    if (kind.kind === 'share') {
      add('decimal_comma', `(${t} IS NOT NULL AND contains(${v}, ','))`);
      add('percent', `(${t} IS NOT NULL AND ends_with(${v}, '%'))`);
    }
    if (kind.kind === 'bool')
      add('ya_tidak_booleans', `(${t} IS NOT NULL AND lower(${v}) NOT IN ('true', 'false'))`);
    if (kind.kind === 'enum' && kind.enumeration === 'gender')
      add('gender_l_p', `(upper(${v}) IN ('L', 'P'))`);
    if (kind.kind === 'enum') add('enumeration_labels', `(${t} IS NOT NULL AND ${v} <> ${t})`);
    if (kind.kind === 'enum_list' || kind.kind === 'id_list')
      add('comma_separated_lists', `(${t} IS NOT NULL AND contains(${v}, ','))`);
  }
  const counts = [...found].map(
    ([name, conditions]) =>
      `count(*) FILTER (WHERE ${conditions.join(' OR ')})::INTEGER AS ${q(name)}`,
  );
  counts.push(`count(*) FILTER (WHERE n.__stray)::INTEGER AS "stray_spaces"`);
  return `SELECT ${counts.join(', ')} FROM imp.${q(`norm_${table}`)} n`;
}
