import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { expect, test } from 'vitest';
import { goodFiles, tempDir, withRow, writeFolder } from './fixture.test-support.js';
import { runImport } from './run-import.js';

async function query(sql: string, params: Record<string, string>) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return (await connection.runAndReadAll(sql, params)).getRowObjectsJson();
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

test('runImport merges two councils into one dataset, an artisan registered by both becoming one', async () => {
  const dir = await tempDir();
  // Pandeglang's folder is the good one. Tangerang's repeats the shared lists (councils,
  // practices, ...) identically and registers Siti Aminah again, under its own id B1.
  const first = await writeFolder(join(dir, 'pandeglang'));
  const second = await writeFolder(join(dir, 'tangerang'), {
    artisans: withRow(
      'artisans',
      'B1,E2,Siti Aminah,3601010101800001,081234567899,F,1980,2023-05-01',
    ),
    participations: withRow('participations', 'P2,B1,2024-02-03,ya'),
  });
  const out = join(dir, 'dataset');
  const result = await runImport({
    inputs: [first, second],
    out,
    reportDir: join(dir, 'report'),
    lang: 'en',
  });

  expect(result.report?.problems).toEqual([]);
  expect(result.exitCode).toBe(0);
  const nik = result.report?.merges.filter((merge) => merge.kind === 'same_nik');
  expect(nik).toEqual([
    {
      table: 'artisans',
      kind: 'same_nik',
      file: join(second, 'artisans.csv'),
      line: 5,
      into_file: join(first, 'artisans.csv'),
      into_line: 2,
      artisan_id: 'B1',
      into_artisan_id: 'A1',
    },
  ]);
  expect(result.lines.join('\n')).toContain('Artisan B1');
  // Every row of the second folder identical to the first's is merged, not rejected.
  expect(result.report?.tables.councils).toEqual({ read: 6, imported: 3, merged: 3, rejected: 0 });
  expect(result.report?.tables.artisans).toEqual({ read: 7, imported: 3, merged: 4, rejected: 0 });
  expect(result.report?.tables.participations).toEqual({
    read: 7,
    imported: 4,
    merged: 3,
    rejected: 0,
  });

  const participations = await query(
    "SELECT program_id, artisan_id FROM read_parquet($path || '/*/*.parquet') ORDER BY program_id, artisan_id",
    { path: join(out, 'participations') },
  );
  expect(participations).toEqual([
    { program_id: 'P1', artisan_id: 'A1' },
    { program_id: 'P1', artisan_id: 'A2' },
    { program_id: 'P2', artisan_id: 'A1' },
    { program_id: 'P2', artisan_id: 'A3' },
  ]);
  const artisans = await query('SELECT artisan_id FROM read_parquet($path) ORDER BY 1', {
    path: join(out, 'artisans.parquet'),
  });
  expect(artisans.map((a) => a.artisan_id)).toEqual(['A1', 'A2', 'A3']);
});

test('runImport rejects a key repeated with different values in a later folder, naming the first', async () => {
  const dir = await tempDir();
  const first = await writeFolder(join(dir, 'pandeglang'));
  const second = await writeFolder(join(dir, 'lebak'), {
    councils: goodFiles.councils.replace(
      'Dekranasda Kabupaten Pandeglang',
      'Dekranasda Pandeglang',
    ),
  });
  const result = await runImport({
    inputs: [first, second],
    reportDir: join(dir, 'report'),
    lang: 'en',
  });
  expect(result.exitCode).toBe(1);
  expect(result.report?.problems.map((p) => [p.file, p.line, p.code, p.reason])).toEqual([
    [
      join(second, 'councils.csv'),
      3,
      'duplicate_key',
      `repeats the key of ${join(first, 'councils.csv')} line 3 (the first row is kept)`,
    ],
  ]);
});
