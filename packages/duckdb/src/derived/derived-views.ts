import type { DerivedSpan } from '@anyam/core';
import type { Manifest } from '../manifest.js';
import { parquetViewDefinition } from '../view-definition.js';
import { derivedColumns, derivedTableNames, isDerivedPartitioned } from './derived-tables.js';

/**
 * The `CREATE VIEW`s of the derived tables a manifest lists (none when it lists none), one per
 * table, over their files in `dir` (absolute).
 *
 *     derivedViewDefinitions('/data/export', manifest)
 *     // ['CREATE OR REPLACE VIEW "artisan_facts" AS SELECT ... FROM read_parquet([...])', ...]
 */
export function derivedViewDefinitions(dir: string, manifest: Pick<Manifest, 'derived'>): string[] {
  const derived = manifest.derived;
  if (!derived) return [];
  return derivedTableNames.map((table) =>
    parquetViewDefinition(
      dir,
      table,
      derivedColumns[table],
      isDerivedPartitioned(table),
      derived.tables[table],
    ),
  );
}

/**
 * What the metric SQL is told about a dataset's derived tables (`MetricOptions.derived`): the
 * years they cover, or undefined when the dataset has none.
 *
 *     derivedSpanOf(manifest) // { firstYear: 2021, lastYear: 2025 }
 */
export function derivedSpanOf(
  manifest: Pick<Manifest, 'derived'> | undefined,
): DerivedSpan | undefined {
  const derived = manifest?.derived;
  return derived ? { firstYear: derived.first_year, lastYear: derived.last_year } : undefined;
}
