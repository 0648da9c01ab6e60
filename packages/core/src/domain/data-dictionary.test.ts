import { describe, expect, it } from 'vitest';
import { dataDictionary } from './data-dictionary.js';
import { datasetTableNames, viewColumns } from './dataset-tables.js';
import { tables } from './tables.js';

/** Every column a table has: its stored and PII columns and the columns its view adds. */
function allColumns(table: (typeof datasetTableNames)[number]): string[] {
  const stored = table === 'regions' ? [] : tables[table].columns.map((column) => column.name);
  return [...new Set([...stored, ...viewColumns(table).map((column) => column.name)])].sort();
}

describe('dataDictionary', () => {
  it('describes exactly the tables of a dataset', () => {
    expect(Object.keys(dataDictionary).sort()).toEqual([...datasetTableNames].sort());
  });

  it.each(datasetTableNames)('describes every column of %s and no other', (table) => {
    expect(Object.keys(dataDictionary[table].columns).sort()).toEqual(allColumns(table));
  });

  it('gives every table and column a meaning in both languages, and a unit only when not empty', () => {
    for (const table of datasetTableNames) {
      const entries = [
        dataDictionary[table].table,
        ...Object.values(dataDictionary[table].columns),
      ];
      for (const entry of entries) {
        expect(entry.id.trim(), table).not.toBe('');
        expect(entry.en.trim(), table).not.toBe('');
        expect(entry.id, `${table}: ${entry.en}`).not.toBe(entry.en);
        if (entry.unit !== undefined) expect(entry.unit.trim(), table).not.toBe('');
      }
    }
  });

  it('describes the PII columns as never written', () => {
    for (const column of tables.artisans.columns.filter((spec) => spec.pii)) {
      expect(dataDictionary.artisans.columns[column.name]?.en).toMatch(/never written/);
    }
  });
});
