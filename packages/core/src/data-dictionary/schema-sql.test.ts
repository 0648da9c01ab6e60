import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from '../domain/data-dictionary.js';
import { datasetTableNames, viewColumns } from '../domain/dataset-tables.js';
import { schemaSql } from './schema-sql.js';

const committed = new URL('../../../../data/schema.sql', import.meta.url);

describe('schemaSql', () => {
  it('is what data/schema.sql holds (regenerate: node packages/core/scripts/data-dictionary.mjs)', async () => {
    expect(await readFile(committed, 'utf8')).toBe(schemaSql());
  });

  it('creates every view with its columns and comments each view and column', () => {
    const sql = schemaSql();
    for (const table of datasetTableNames) {
      const columns = viewColumns(table).map((column) => column.name);
      expect(sql).toContain(`CREATE OR REPLACE VIEW ${table} AS\nSELECT ${columns.join(', ')}\n`);
      expect(sql).toContain(`COMMENT ON VIEW ${table} IS '`);
      for (const column of columns)
        expect(sql).toContain(`COMMENT ON COLUMN ${table}.${column} IS '`);
    }
  });

  it('doubles a quote inside a meaning, so each comment stays one string literal', () => {
    const quoted = Object.entries(dataDictionary).flatMap(([table, entry]) =>
      Object.entries(entry.columns)
        .filter(([, note]) => note.en.includes("'"))
        .map(([column]) => `${table}.${column}`),
    );
    expect(quoted.length).toBeGreaterThan(0);
    for (const line of schemaSql()
      .split('\n')
      .filter((text) => text.startsWith('COMMENT ON'))) {
      // outside the opening and closing quote, quotes only come in pairs
      const body = line.slice(line.indexOf(" IS '") + 5, -2);
      expect(body.replaceAll("''", ''), line).not.toContain("'");
    }
  });
});
