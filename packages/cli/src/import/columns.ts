/**
 * What the import checks in each column, beyond the DuckDB type core's `tables` gives: which
 * enumeration a text column holds, which columns are region codes, and which columns refer to
 * another table. Everything else (types, keys, PII, lists) comes from `@anyam/core`'s `tables`.
 */
import { tables, type ColumnSpec, type EnumerationName, type TableName } from '@anyam/core';

export type ColumnKind =
  | { readonly kind: 'text' }
  | { readonly kind: 'nik' }
  | { readonly kind: 'region' }
  | { readonly kind: 'enum'; readonly enumeration: EnumerationName }
  | { readonly kind: 'enum_list'; readonly enumeration: EnumerationName }
  | { readonly kind: 'id_list' }
  | { readonly kind: 'date' }
  | { readonly kind: 'year' }
  | { readonly kind: 'int'; readonly min: number; readonly max?: number }
  | { readonly kind: 'share' }
  | { readonly kind: 'bool' };

export interface Reference {
  readonly table: TableName;
  readonly column: string;
  readonly target: TableName;
}

const enums: Record<string, EnumerationName> = {
  craft_category: 'craft_category',
  size_class: 'size_class',
  owner_gender: 'gender',
  gender: 'gender',
  program_type: 'program_type',
  practice_category: 'practice_category',
  stage: 'adoption_stage',
  scale: 'exhibition_scale',
};
const listEnums: Record<string, EnumerationName> = {
  certifications: 'certification',
  channels: 'channel',
};
const regionColumns = new Set(['region_code', 'target_region_code']);
const scoreColumns = new Set([
  'design',
  'craftsmanship',
  'material',
  'packaging',
  'market_readiness',
]);
const yearColumns = new Set(['founded_year', 'birth_year', 'year']);

/**
 * How the import reads and checks one column.
 *
 *     columnKind(tables.assessments.columns[3]) // { kind: 'int', min: 1, max: 5 }  (design)
 *     columnKind(tables.products.columns[7])    // { kind: 'enum_list', enumeration: 'channel' }
 */
export function columnKind(column: ColumnSpec): ColumnKind {
  const { name, type } = column;
  if (name === 'nik') return { kind: 'nik' };
  if (regionColumns.has(name)) return { kind: 'region' };
  const enumeration = enums[name];
  if (enumeration) return { kind: 'enum', enumeration };
  const listEnumeration = listEnums[name];
  if (listEnumeration) return { kind: 'enum_list', enumeration: listEnumeration };
  if (type === 'VARCHAR[]') return { kind: 'id_list' };
  if (type === 'DATE') return { kind: 'date' };
  if (yearColumns.has(name)) return { kind: 'year' };
  if (scoreColumns.has(name)) return { kind: 'int', min: 1, max: 5 };
  if (name === 'delegation_size') return { kind: 'int', min: 1 };
  if (type === 'INTEGER' || type === 'BIGINT') return { kind: 'int', min: 0 };
  if (type === 'DOUBLE') return { kind: 'share' };
  if (type === 'BOOLEAN') return { kind: 'bool' };
  return { kind: 'text' };
}

/** Whether an empty cell is allowed: nullable columns, a phone number, and lists other than organizers. */
export function mayBeEmpty(column: ColumnSpec): boolean {
  if (column.nullable || column.name === 'phone') return true;
  return column.type === 'VARCHAR[]' && column.name !== 'organizer_council_ids';
}

/**
 * Every reference between tables. The order of `importOrder` puts each target before the tables
 * referring to it, so one pass in that order rejects in cascade.
 */
export const references: readonly Reference[] = [
  { table: 'artisans', column: 'enterprise_id', target: 'enterprises' },
  { table: 'programs', column: 'council_id', target: 'councils' },
  { table: 'participations', column: 'program_id', target: 'programs' },
  { table: 'participations', column: 'artisan_id', target: 'artisans' },
  { table: 'products', column: 'enterprise_id', target: 'enterprises' },
  { table: 'assessments', column: 'product_id', target: 'products' },
  { table: 'assessments', column: 'assessor_council_id', target: 'councils' },
  { table: 'practices', column: 'origin_council_id', target: 'councils' },
  { table: 'study_visits', column: 'visiting_council_id', target: 'councils' },
  { table: 'study_visits', column: 'host_council_id', target: 'councils' },
  { table: 'study_visits', column: 'practice_ids', target: 'practices' },
  { table: 'adoptions', column: 'council_id', target: 'councils' },
  { table: 'adoptions', column: 'practice_id', target: 'practices' },
  { table: 'adoptions', column: 'source_visit_id', target: 'study_visits' },
  { table: 'exhibitions', column: 'organizer_council_ids', target: 'councils' },
  { table: 'exhibitors', column: 'exhibition_id', target: 'exhibitions' },
  { table: 'exhibitors', column: 'enterprise_id', target: 'enterprises' },
  { table: 'outcomes', column: 'enterprise_id', target: 'enterprises' },
];

/** Tables in an order where every reference points to a table earlier in the list. */
export const importOrder: readonly TableName[] = [
  'councils',
  'enterprises',
  'artisans',
  'programs',
  'participations',
  'products',
  'assessments',
  'practices',
  'study_visits',
  'adoptions',
  'exhibitions',
  'exhibitors',
  'outcomes',
];

/** The key column of a table that others refer to (tables referred to have a one-column key). */
export function idColumn(table: TableName): string {
  return tables[table].key[0] ?? `${table}_id`;
}
