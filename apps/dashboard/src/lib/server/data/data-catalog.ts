/**
 * `GET /api/data`: what the open dataset is (its manifest: what made it, when, rows and files per
 * table) and its data dictionary (every column of every view with type, and its meaning and unit
 * from @anyam/core's `dataDictionary`).
 */
import { dataDictionary, type DictionaryEntry } from '@anyam/core';
import { datasetTableNames, isPartitioned, viewColumns } from '@anyam/duckdb';
import { getDataset } from '../dataset.js';
import { publicCreatedBy } from '../public-created-by.js';

export interface CatalogColumn {
  name: string;
  type: string;
  nullable: boolean;
  note: DictionaryEntry | null;
}

export interface CatalogTable {
  name: string;
  rows: number;
  files: readonly string[];
  partitioned: boolean;
  note: DictionaryEntry | null;
  columns: CatalogColumn[];
}

export interface CatalogAnswer {
  dataset: {
    version: string;
    format_version: number;
    created_at: string;
    created_by: Record<string, unknown>;
  };
  tables: CatalogTable[];
}

export async function catalogResponse(): Promise<CatalogAnswer> {
  const handle = await getDataset();
  const { manifest } = handle;
  return {
    dataset: {
      version: handle.version,
      format_version: manifest.format_version,
      created_at: manifest.created_at,
      created_by: publicCreatedBy(manifest.created_by),
    },
    tables: datasetTableNames.map((name) => {
      const entry = manifest.tables[name];
      const notes = dataDictionary[name];
      return {
        name,
        rows: entry?.rows ?? 0,
        files: entry?.files ?? [],
        partitioned: isPartitioned(name),
        note: notes.table,
        columns: viewColumns(name).map((column) => ({
          name: column.name,
          type: column.type,
          nullable: column.nullable === true,
          note: notes.columns[column.name] ?? null,
        })),
      };
    }),
  };
}
