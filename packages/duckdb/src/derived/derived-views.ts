import type { DerivedSpan } from '@anyam/core';
import type { Manifest } from '../manifest.js';
import { parquetViewDefinition } from '../view-definition.js';
import {
  derivedColumns,
  derivedSelect,
  derivedTableNames,
  isDerivedPartitioned,
  isLaterDerivedTable,
  laterTableNames,
} from './derived-tables.js';

/**
 * The `CREATE VIEW`s of the derived tables a manifest lists (none when it lists none), one per
 * table, over their files in `dir` (absolute). A table added later that the manifest lacks
 * (`isLaterDerivedTable`) is a view computing it from the views of the base tables (and of the
 * derived tables it reads), which must exist.
 *
 *     derivedViewDefinitions('/data/export', manifest)
 *     // ['CREATE OR REPLACE VIEW "artisan_facts" AS SELECT ... FROM read_parquet([...])', ...]
 */
export function derivedViewDefinitions(dir: string, manifest: Pick<Manifest, 'derived'>): string[] {
  const derived = manifest.derived;
  if (!derived) return [];
  return derivedTableNames.map((table) => {
    const entry = derived.tables[table];
    if (entry === undefined && isLaterDerivedTable(table)) {
      const columns = derivedColumns[table].map((column) => `"${column.name}"`).join(', ');
      const select = derivedSelect(
        table,
        (base) => `"${base}"`,
        derived.first_year,
        derived.last_year,
      );
      return `CREATE OR REPLACE VIEW "${table}" AS SELECT ${columns} FROM (${select})`;
    }
    return parquetViewDefinition(
      dir,
      table,
      derivedColumns[table],
      isDerivedPartitioned(table),
      entry,
    );
  });
}

/**
 * What the metric SQL is told about a dataset's derived tables (`MetricOptions.derived`): the
 * years they cover, or undefined when the dataset has none.
 *
 *     derivedSpanOf(manifest)
 *     // { firstYear: 2021, lastYear: 2025, laterTables: ['enterprise_firsts', 'reach_region_years', 'product_points'] }
 */
export function derivedSpanOf(
  manifest: Pick<Manifest, 'derived'> | undefined,
): DerivedSpan | undefined {
  const derived = manifest?.derived;
  if (!derived) return undefined;
  return {
    firstYear: derived.first_year,
    lastYear: derived.last_year,
    laterTables: laterTableNames.filter((table) => derived.tables[table] !== undefined),
  };
}
