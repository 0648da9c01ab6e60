import { dataDictionary } from '../domain/data-dictionary.js';
import {
  datasetTableNames,
  isPartitioned,
  tableKey,
  viewColumns,
  type DatasetTableName,
} from '../domain/dataset-tables.js';
import { tables } from '../domain/tables.js';
import { markdownTable } from './markdown-table.js';

const code = (name: string) => `\`${name}\``;

/**
 * The tables section of `data/README.md`: for every table of a dataset a heading with what it
 * holds, its key and partition, and each column of its view with type, meaning and values, all
 * from the data dictionary and the layout.
 *
 *     dataDictionaryMarkdown().split('\n')[0]
 *     // '### `councils` — Regional craft councils (Dekranasda) of the province, regencies and cities'
 */
export function dataDictionaryMarkdown(): string {
  return datasetTableNames.map(tableSection).join('\n\n');
}

function tableSection(table: DatasetTableName): string {
  const entry = dataDictionary[table];
  const key = `Key: ${tableKey(table).map(code).join(', ')}.`;
  const partition =
    table !== 'regions' && isPartitioned(table)
      ? ` Hive-partitioned by ${code('year')} (${partitionOrigin(table)}).`
      : '';
  const rows = viewColumns(table).map((column) => {
    const note = entry.columns[column.name];
    return [
      code(column.name),
      column.nullable === true ? `${column.type}, nullable` : column.type,
      note?.en ?? '',
      note?.unit === undefined ? '' : note.unit.split(', ').map(code).join(', '),
    ];
  });
  return [
    `### ${code(table)} — ${entry.table.en}`,
    key + partition,
    markdownTable(['column', 'type', 'meaning', 'values'], rows),
  ].join('\n\n');
}

function partitionOrigin(table: Exclude<DatasetTableName, 'regions'>): string {
  const from = tables[table].partitionYearFrom ?? 'year';
  return from === 'year' ? 'the table’s own year' : `the year of ${code(from)}`;
}
