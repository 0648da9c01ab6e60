import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { dataDictionary } from '../domain/data-dictionary.js';
import { datasetTableNames, viewColumns } from '../domain/dataset-tables.js';
import { dataDictionaryMarkdown } from './data-dictionary-markdown.js';
import { replaceBetweenMarkers } from './replace-between-markers.js';

const committed = new URL('../../../../data/README.md', import.meta.url);

describe('dataDictionaryMarkdown', () => {
  it('is what data/README.md holds between its markers (regenerate: node packages/core/scripts/data-dictionary.mjs)', async () => {
    const readme = await readFile(committed, 'utf8');
    expect(readme).toBe(replaceBetweenMarkers(readme, 'data-dictionary', dataDictionaryMarkdown()));
  });

  it('has a section per table and a row per view column with its meaning, no PII', () => {
    const markdown = dataDictionaryMarkdown();
    for (const table of datasetTableNames) {
      expect(markdown).toContain(`### \`${table}\` — ${dataDictionary[table].table.en}\n`);
      for (const column of viewColumns(table)) {
        expect(markdown).toMatch(
          new RegExp(`\\| \`${column.name}\` +\\| ${column.type.replace(/\W/g, '\\$&')}[ ,]`),
        );
      }
    }
    expect(markdown).not.toContain('`nik`');
    expect(markdown).toContain('| `parent_code` | VARCHAR, nullable |');
    expect(markdown).toContain(
      'Key: `program_id`, `artisan_id`. Hive-partitioned by `year` (the year of `enrolled_on`).',
    );
  });
});
