/**
 * The physical layout of a dataset: each table's columns with their DuckDB types, its key, the
 * columns holding `;`-separated lists in CSV, the PII columns that are read on import and never
 * written, and the Hive partition of the large fact tables. The writer, the importer, `schema.sql`
 * and the tests all read this one description.
 */
export type SqlType =
  'VARCHAR' | 'DATE' | 'BIGINT' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'VARCHAR[]';

export interface ColumnSpec {
  readonly name: string;
  readonly type: SqlType;
  /** May be empty in CSV / NULL in the dataset. */
  readonly nullable?: boolean;
  /** Identifies a person: read on import, never written to a dataset, report or log. */
  readonly pii?: boolean;
}

export interface TableSpec {
  readonly name: TableName;
  readonly columns: readonly ColumnSpec[];
  readonly key: readonly string[];
  /**
   * Hive partition: the dataset stores the table under `NAME/year=YYYY/`, and the view exposes
   * `year` (from this date column, or the table's own `year`) so that a filter on it prunes files.
   */
  readonly partitionYearFrom?: string;
}

export const tableNames = [
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
] as const;
export type TableName = (typeof tableNames)[number];

const c = (
  name: string,
  type: SqlType,
  extra: Omit<ColumnSpec, 'name' | 'type'> = {},
): ColumnSpec => ({
  name,
  type,
  ...extra,
});

export const tables: Record<TableName, TableSpec> = {
  councils: {
    name: 'councils',
    key: ['council_id'],
    columns: [c('council_id', 'VARCHAR'), c('region_code', 'VARCHAR'), c('name', 'VARCHAR')],
  },
  enterprises: {
    name: 'enterprises',
    key: ['enterprise_id'],
    columns: [
      c('enterprise_id', 'VARCHAR'),
      c('region_code', 'VARCHAR'),
      c('name', 'VARCHAR'),
      c('craft_category', 'VARCHAR'),
      c('size_class', 'VARCHAR'),
      c('owner_gender', 'VARCHAR'),
      c('founded_year', 'INTEGER'),
      c('registered_on', 'DATE'),
    ],
  },
  artisans: {
    name: 'artisans',
    key: ['artisan_id'],
    columns: [
      c('artisan_id', 'VARCHAR'),
      c('enterprise_id', 'VARCHAR'),
      c('full_name', 'VARCHAR', { pii: true }),
      c('nik', 'VARCHAR', { pii: true }),
      c('phone', 'VARCHAR', { pii: true }),
      c('gender', 'VARCHAR'),
      c('birth_year', 'INTEGER'),
      c('registered_on', 'DATE'),
    ],
  },
  programs: {
    name: 'programs',
    key: ['program_id'],
    columns: [
      c('program_id', 'VARCHAR'),
      c('council_id', 'VARCHAR'),
      c('name', 'VARCHAR'),
      c('program_type', 'VARCHAR'),
      c('craft_category', 'VARCHAR', { nullable: true }),
      c('start_date', 'DATE'),
      c('end_date', 'DATE'),
      c('target_region_code', 'VARCHAR'),
      c('target_participants', 'INTEGER'),
      c('budget_idr', 'BIGINT'),
    ],
  },
  participations: {
    name: 'participations',
    key: ['program_id', 'artisan_id'],
    partitionYearFrom: 'enrolled_on',
    columns: [
      c('program_id', 'VARCHAR'),
      c('artisan_id', 'VARCHAR'),
      c('enrolled_on', 'DATE'),
      c('completed', 'BOOLEAN'),
    ],
  },
  products: {
    name: 'products',
    key: ['product_id'],
    columns: [
      c('product_id', 'VARCHAR'),
      c('enterprise_id', 'VARCHAR'),
      c('name', 'VARCHAR'),
      c('craft_category', 'VARCHAR'),
      c('unit_price_idr', 'BIGINT'),
      c('local_material_share', 'DOUBLE'),
      c('certifications', 'VARCHAR[]'),
      c('channels', 'VARCHAR[]'),
    ],
  },
  assessments: {
    name: 'assessments',
    key: ['product_id', 'assessed_on'],
    partitionYearFrom: 'assessed_on',
    columns: [
      c('product_id', 'VARCHAR'),
      c('assessed_on', 'DATE'),
      c('assessor_council_id', 'VARCHAR'),
      c('design', 'INTEGER'),
      c('craftsmanship', 'INTEGER'),
      c('material', 'INTEGER'),
      c('packaging', 'INTEGER'),
      c('market_readiness', 'INTEGER'),
    ],
  },
  practices: {
    name: 'practices',
    key: ['practice_id'],
    columns: [
      c('practice_id', 'VARCHAR'),
      c('name', 'VARCHAR'),
      c('practice_category', 'VARCHAR'),
      c('origin_council_id', 'VARCHAR'),
    ],
  },
  study_visits: {
    name: 'study_visits',
    key: ['visit_id'],
    columns: [
      c('visit_id', 'VARCHAR'),
      c('visiting_council_id', 'VARCHAR'),
      c('host_council_id', 'VARCHAR'),
      c('visit_date', 'DATE'),
      c('delegation_size', 'INTEGER'),
      c('practice_ids', 'VARCHAR[]'),
    ],
  },
  adoptions: {
    name: 'adoptions',
    key: ['council_id', 'practice_id', 'adopted_on'],
    columns: [
      c('council_id', 'VARCHAR'),
      c('practice_id', 'VARCHAR'),
      c('adopted_on', 'DATE'),
      c('source_visit_id', 'VARCHAR', { nullable: true }),
      c('stage', 'VARCHAR'),
    ],
  },
  exhibitions: {
    name: 'exhibitions',
    key: ['exhibition_id'],
    columns: [
      c('exhibition_id', 'VARCHAR'),
      c('name', 'VARCHAR'),
      c('start_date', 'DATE'),
      c('end_date', 'DATE'),
      c('region_code', 'VARCHAR'),
      c('scale', 'VARCHAR'),
      c('organizer_council_ids', 'VARCHAR[]'),
    ],
  },
  exhibitors: {
    name: 'exhibitors',
    key: ['exhibition_id', 'enterprise_id'],
    columns: [
      c('exhibition_id', 'VARCHAR'),
      c('enterprise_id', 'VARCHAR'),
      c('sales_idr', 'BIGINT'),
      c('transactions', 'INTEGER'),
      c('buyer_leads', 'INTEGER'),
    ],
  },
  outcomes: {
    name: 'outcomes',
    key: ['enterprise_id', 'year'],
    partitionYearFrom: 'year',
    columns: [
      c('enterprise_id', 'VARCHAR'),
      c('year', 'INTEGER'),
      c('revenue_idr', 'BIGINT'),
      c('employees', 'INTEGER'),
      c('units_sold', 'INTEGER'),
    ],
  },
};

/** The columns a dataset stores (PII left out), in order. */
export function datasetColumns(table: TableName): readonly ColumnSpec[] {
  return tables[table].columns.filter((column) => !column.pii);
}
