import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import * as importModule from '../commands/import.js';
import * as validateModule from '../commands/validate.js';
import type { CliIo } from '../io.js';
import { tempDir, withRow, writeFolder } from './fixture.test-support.js';

function bufferIo(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    stdout: { write: (t: string) => out.push(t) },
    stderr: { write: (t: string) => err.push(t) },
    isTTY: false,
    env: {},
    cwd,
    out,
    err,
  };
}

test('anyam import writes the dataset and the report beside it, and exits 1 when rows were rejected', async () => {
  const dir = await tempDir();
  await writeFolder(join(dir, 'pandeglang'), {
    councils: withRow('councils', 'DK-3699,36.99,Dekranasda Entah'),
  });
  const io = bufferIo(dir);
  const status = await importModule.run(['pandeglang', '--out', 'dataset', '--lang', 'en'], io);
  expect(status).toBe(1);
  expect(io.out.join('')).toContain(
    'councils.csv line 5, column region_code: "36.99" is not a region code in the Kemendagri reference.',
  );
  expect(io.err.join('')).toBe('');
  expect(existsSync(join(dir, 'dataset', 'manifest.json'))).toBe(true);
  expect(existsSync(join(dir, 'dataset', 'report.json'))).toBe(false);
  const report = JSON.parse(await readFile(join(dir, 'import-report', 'report.json'), 'utf8'));
  expect(report.tables.councils).toEqual({ read: 4, imported: 3, merged: 0, rejected: 1 });
  const manifest = JSON.parse(await readFile(join(dir, 'dataset', 'manifest.json'), 'utf8'));
  expect(manifest.tables.councils.rows).toBe(3);
});

test('anyam validate writes no dataset and exits 0 for good files', async () => {
  const dir = await tempDir();
  await writeFolder(join(dir, 'pandeglang'));
  const io = bufferIo(dir);
  expect(await validateModule.run(['pandeglang', '--report', 'checked'], io)).toBe(0);
  expect(io.out.join('')).toMatch(
    /29 baris dibaca dari 13 file: 29 akan diimpor, 0 digabung, 0 ditolak\./,
  );
  expect(existsSync(join(dir, 'checked', 'report.json'))).toBe(true);
  expect(existsSync(join(dir, 'data'))).toBe(false);
});

test('anyam import refuses a missing folder with one sentence on stderr and exit 2, writing nothing', async () => {
  const dir = await tempDir();
  const io = bufferIo(dir);
  expect(await importModule.run(['nowhere', '--out', 'dataset'], io)).toBe(2);
  expect(io.err.join('')).toBe(
    `The input folder ${join(dir, 'nowhere')} does not exist or cannot be read.\n`,
  );
  expect(existsSync(join(dir, 'dataset'))).toBe(false);
  expect(existsSync(join(dir, 'import-report'))).toBe(false);
});

test('anyam import refuses a report folder inside the dataset', async () => {
  const dir = await tempDir();
  await writeFolder(join(dir, 'pandeglang'));
  await expect(
    importModule.run(
      ['pandeglang', '--out', 'dataset', '--report', 'dataset/report'],
      bufferIo(dir),
    ),
  ).rejects.toThrow(/is inside the dataset/);
});

test('a refused import leaves the previous dataset whole', async () => {
  const dir = await tempDir();
  await writeFolder(join(dir, 'pandeglang'));
  expect(await importModule.run(['pandeglang', '--out', 'dataset'], bufferIo(dir))).toBe(0);
  const before = await readFile(join(dir, 'dataset', 'manifest.json'), 'utf8');
  await writeFolder(join(dir, 'lebak'), {}, ['programs']);
  expect(await importModule.run(['pandeglang', 'lebak', '--out', 'dataset'], bufferIo(dir))).toBe(
    2,
  );
  expect(await readFile(join(dir, 'dataset', 'manifest.json'), 'utf8')).toBe(before);
});

test('progress is drawn on stderr only when it is a terminal', async () => {
  const dir = await tempDir();
  await writeFolder(join(dir, 'pandeglang'));
  const tty = { ...bufferIo(dir), isTTY: true };
  expect(await validateModule.run(['pandeglang', '--lang', 'en'], tty)).toBe(0);
  expect(tty.err.join('')).toContain('checking participations (5/13)');
  const piped = bufferIo(dir);
  expect(await validateModule.run(['pandeglang', '--lang', 'en'], piped)).toBe(0);
  expect(piped.err.join('')).toBe('');
});
