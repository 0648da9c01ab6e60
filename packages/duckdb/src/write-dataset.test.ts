import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetTableNames, sortKey, viewColumns } from './dataset-tables.js';
import { derivedTableNames } from './derived/derived-tables.js';
import { loadRecords } from './load-records.js';
import { openDataset } from './open-dataset.js';
import { sampleRecords } from './testing/sample-records.js';
import { writeSample } from './testing/write-sample.js';
import { writeDataset, type WriteProgress } from './write-dataset.js';

let root: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-write-'));
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await loadRecords(connection, sampleRecords());
});

afterAll(async () => {
  connection.closeSync();
  instance.closeSync();
  await rm(root, { recursive: true, force: true });
});

const ordered = (table: (typeof datasetTableNames)[number]) =>
  `SELECT ${viewColumns(table)
    .map((c) => `"${c.name}"`)
    .join(', ')} FROM "${table}" ORDER BY ${sortKey(table).join(', ')}`;

describe('writeDataset', () => {
  it('round trip: loadRecords → writeDataset → openDataset gives the same rows in every table', async () => {
    const dir = join(root, 'roundtrip');
    await writeDataset(connection, dir, { createdBy: { command: 'test' } });
    const dataset = await openDataset(dir);
    try {
      for (const table of datasetTableNames) {
        const expected = (await connection.runAndReadAll(ordered(table))).getRowObjectsJson();
        expect(expected.length, table).toBeGreaterThan(0);
        expect(await dataset.query(ordered(table)), table).toEqual(expected);
      }
    } finally {
      await dataset.close();
    }
  });

  it('writes the layout of interfaces.md and a manifest with row counts and files', async () => {
    const dir = join(root, 'layout');
    const now = new Date('2026-01-02T03:04:05.000Z');
    const result = await writeDataset(connection, dir, {
      createdBy: { command: 'generate', seed: 42, scale: 'banten' },
      now,
    });
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest).toEqual(result.manifest);
    expect(manifest.format_version).toBe(1);
    expect(manifest.created_by).toEqual({ command: 'generate', seed: 42, scale: 'banten' });
    expect(manifest.created_at).toBe('2026-01-02T03:04:05.000Z');
    expect(Object.keys(manifest.tables).sort()).toEqual([...datasetTableNames].sort());
    expect(manifest.tables.councils).toEqual({ rows: 3, files: ['councils.parquet'] });
    expect(manifest.tables.regions).toEqual({ rows: 4, files: ['regions.parquet'] });
    expect(manifest.tables.participations).toEqual({
      rows: 7,
      files: [
        'participations/year=2022/data_0.parquet',
        'participations/year=2023/data_0.parquet',
        'participations/year=2024/data_0.parquet',
      ],
      partitioned_by: 'year',
    });
    expect(manifest.tables.outcomes.files).toEqual([
      'outcomes/year=2022/data_0.parquet',
      'outcomes/year=2023/data_0.parquet',
      'outcomes/year=2024/data_0.parquet',
    ]);
    expect(manifest.tables.assessments.rows).toBe(4);
    const top = (await readdir(dir)).sort();
    expect(top).toContain('assessments');
    expect(top).toContain('study_visits.parquet');
    expect(result.bytes).toBeGreaterThan(1000);
  });

  it('never writes PII columns, even when the connection has them', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await loadRecords(c, sampleRecords());
    await c.run("ALTER TABLE artisans ADD COLUMN nik VARCHAR DEFAULT '3601010101010001'");
    await c.run("ALTER TABLE artisans ADD COLUMN full_name VARCHAR DEFAULT 'Siti Aminah'");
    const dir = join(root, 'pii');
    await writeDataset(c, dir, { createdBy: { command: 'test' } });
    const columns = (
      await c.runAndReadAll(
        `DESCRIBE SELECT * FROM read_parquet('${join(dir, 'artisans.parquet')}')`,
      )
    )
      .getRowObjectsJson()
      .map((row) => row.column_name);
    expect(columns).toEqual([
      'artisan_id',
      'enterprise_id',
      'gender',
      'birth_year',
      'registered_on',
    ]);
    const bytes = await readFile(join(dir, 'artisans.parquet'));
    expect(bytes.includes('3601010101010001')).toBe(false);
    expect(bytes.includes('Siti Aminah')).toBe(false);
    c.closeSync();
    db.closeSync();
  });

  it('writes only the tables the connection has and reports progress per table', async () => {
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(
      "CREATE TABLE councils AS SELECT 'C1' AS council_id, '36' AS region_code, 'Dekranasda Banten' AS name",
    );
    await c.run(
      "CREATE TABLE participations AS SELECT 'P1' AS program_id, 'A1' AS artisan_id, DATE '2023-05-01' AS enrolled_on, true AS completed",
    );
    await c.run('CREATE TABLE unrelated AS SELECT 1 AS x');
    const events: WriteProgress[] = [];
    const { manifest } = await writeDataset(c, join(root, 'partial'), {
      createdBy: { command: 'test' },
      onProgress: (event) => {
        events.push(event);
      },
    });
    expect(Object.keys(manifest.tables)).toEqual(['councils', 'participations']);
    expect(manifest.tables.participations?.files).toEqual([
      'participations/year=2023/data_0.parquet',
    ]);
    expect(events).toEqual([
      { table: 'councils', phase: 'start', step: 1, total: 2 },
      { table: 'councils', phase: 'done', step: 1, total: 2, rows: 1 },
      { table: 'participations', phase: 'start', step: 2, total: 2 },
      { table: 'participations', phase: 'done', step: 2, total: 2, rows: 1 },
    ]);
    c.closeSync();
    db.closeSync();
  });

  it('replaces an existing dataset and leaves no temporary folder behind', async () => {
    const dir = join(root, 'replace');
    await writeSample(dir);
    const before = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const records = sampleRecords();
    await writeSample(dir, { ...records, councils: records.councils.slice(0, 1) });
    const after = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(before.tables.councils.rows).toBe(3);
    expect(after.tables.councils.rows).toBe(1);
    expect((await readdir(root)).filter((name) => name.startsWith('replace.'))).toEqual([]);
  });

  it('a failed write removes its temporary folder and keeps the previous dataset', async () => {
    const dir = join(root, 'failed');
    await writeSample(dir);
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run(
      "CREATE TABLE councils AS SELECT 'C1' AS council_id, '36' AS region_code, 'Banten' AS name",
    );
    await c.run("CREATE TABLE enterprises AS SELECT 'E1' AS enterprise_id");
    await expect(writeDataset(c, dir, { createdBy: { command: 'test' } })).rejects.toThrow(
      'Table enterprises has no column region_code, so the dataset cannot be written.',
    );
    c.closeSync();
    db.closeSync();
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    expect((await readdir(root)).filter((name) => name.startsWith('failed.'))).toEqual([]);
  });

  it('refuses to replace a folder that is not a dataset', async () => {
    const dir = join(root, 'notes');
    await mkdir(dir);
    await writeFile(join(dir, 'thesis.docx'), 'precious');
    await expect(writeDataset(connection, dir, { createdBy: { command: 'test' } })).rejects.toThrow(
      /the folder holds other files and no manifest\.json, so it is not replaced\.$/,
    );
    expect(await readFile(join(dir, 'thesis.docx'), 'utf8')).toBe('precious');
  });

  it('a write killed midway (SIGKILL) leaves the previous dataset whole, and the next write cleans up', async () => {
    const script = fileURLToPath(new URL('./testing/interrupted-write.mjs', import.meta.url));
    const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));
    expect(
      existsSync(built),
      'build @anyam/duckdb first: pnpm --filter @anyam/duckdb... build',
    ).toBe(true);
    const dir = join(root, 'killed');
    await writeSample(dir);
    const manifestBefore = await readFile(join(dir, 'manifest.json'), 'utf8');
    const records = sampleRecords();
    const child = spawn(process.execPath, [script, dir], {
      env: {
        ...process.env,
        RECORDS: JSON.stringify({ ...records, councils: records.councils.slice(0, 1) }),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const steps: WriteProgress[] = [];
    for await (const line of createInterface({ input: child.stdout })) {
      const step = JSON.parse(line) as WriteProgress;
      steps.push(step);
      if (step.step === 3 && step.phase === 'start') break;
    }
    expect(steps.at(-1), 'the child stopped before the third table').toEqual({
      table: 'artisans',
      phase: 'start',
      step: 3,
      // The 14 tables, then the derived tables written from them.
      total: 14 + derivedTableNames.length,
    });
    // Two tables are on disk in the temporary folder when the kill lands.
    const leftovers = (await readdir(root)).filter((name) => name.startsWith('killed.tmp-'));
    expect(leftovers).toHaveLength(1);
    expect((await readdir(join(root, leftovers[0]!))).sort()).toEqual([
      'councils.parquet',
      'enterprises.parquet',
    ]);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(steps.filter((s) => s.phase === 'done').map((s) => s.table)).toEqual([
      'councils',
      'enterprises',
    ]);

    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(manifestBefore);
    const dataset = await openDataset(dir);
    expect(await dataset.query('SELECT count(*)::INTEGER AS n FROM councils')).toEqual([{ n: 3 }]);
    expect(await dataset.query('SELECT count(*)::INTEGER AS n FROM participations')).toEqual([
      { n: 7 },
    ]);
    await dataset.close();

    await writeSample(dir);
    expect((await readdir(root)).filter((name) => name.startsWith('killed.'))).toEqual([]);
  });

  it('puts the previous dataset back when a killed write had moved it aside', async () => {
    const dir = join(root, 'aside');
    await writeSample(dir);
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    const deadPid = spawnSync(process.execPath, ['-e', '0']).pid;
    await rename(dir, `${dir}.tmp-${deadPid}-abcd-old`);
    const db = await DuckDBInstance.create(':memory:');
    const c = await db.connect();
    await c.run("CREATE TABLE enterprises AS SELECT 'E1' AS enterprise_id");
    await expect(writeDataset(c, dir, { createdBy: { command: 'test' } })).rejects.toThrow(
      'has no column region_code',
    );
    c.closeSync();
    db.closeSync();
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
    expect((await readdir(root)).filter((name) => name.startsWith('aside.'))).toEqual([]);
  });
});
