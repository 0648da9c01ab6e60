/**
 * `anyam import` and `anyam validate` as a council runs them: the built dist/bin.js in a child
 * process (build first: pnpm --filter @anyam/cli... build), where a crash or a kill is real.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { goodFiles, tempDir, writeFolder } from './fixture.test-support.js';

const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));

test('anyam validate refuses a 64 MB file without a line break in one sentence, in a 256 MB heap', async () => {
  expect(existsSync(bin), 'build first: pnpm --filter @anyam/cli... build').toBe(true);
  const dir = await tempDir();
  const folder = await writeFolder(join(dir, 'pandeglang'), {
    councils: Buffer.alloc(64 << 20, 'x'),
  });
  const result = spawnSync(
    process.execPath,
    ['--max-old-space-size=256', bin, 'validate', 'pandeglang', '--report', 'report'],
    { cwd: dir, encoding: 'utf8' },
  );
  expect(result.stderr).toBe(
    `${join(folder, 'councils.csv')} line 1 is longer than 1 MiB (1,048,576 bytes), so nothing was imported: a row of a council's table is never that long, so this is not the file meant or it is not saved as CSV with line breaks.\n`,
  );
  expect(result.status).toBe(2);
  expect(existsSync(join(dir, 'report'))).toBe(false);
});

/** Every file under `dir` (none if it does not exist). */
async function filesUnder(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await filesUnder(path)));
    else found.push(path);
  }
  return found;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const planted = '3671999988887777';

/**
 * A council folder whose artisans.csv is big enough that staging it takes a while, with a planted
 * NIK in a row that is accepted (rejects.csv may hold the PII of rejected rows, by design), and
 * the folders a run may write to: its TMPDIR, the dataset's parent, the report, its cwd.
 */
async function plantedRun(command: 'import' | 'validate') {
  const root = await tempDir();
  const artisans = [goodFiles.artisans.trimEnd()];
  for (let i = 4; i < 300_000; i += 1) {
    const nik = i === 150_000 ? planted : `36${String(i).padStart(14, '0')}`;
    artisans.push(`A${i},E2,Orang ${i},${nik},08${String(i).padStart(10, '0')},M,1980,2020-02-01`);
  }
  await writeFolder(join(root, 'in'), { artisans: `${artisans.join('\n')}\n` });
  for (const dir of ['tmp', 'data', 'report', 'work']) await mkdir(join(root, dir));
  await writeFile(join(root, 'data', 'keep.txt'), 'not the import’s');
  const out = command === 'import' ? ['--out', join(root, 'data', 'dataset')] : [];
  const args = [bin, command, join(root, 'in'), ...out, '--report', join(root, 'report')];
  const options = {
    cwd: join(root, 'work'),
    env: { ...process.env, TMPDIR: join(root, 'tmp'), ANYAM_DATA: '' },
  };
  const searched = ['tmp', 'data', 'report', 'work'].map((dir) => join(root, dir));
  const holding = async () => {
    const found: string[] = [];
    for (const file of (await Promise.all(searched.map(filesUnder))).flat()) {
      if ((await readFile(file).catch(() => Buffer.alloc(0))).includes(planted)) found.push(file);
    }
    return found;
  };
  /** Starts the run and resolves once a staged copy of artisans.csv holds the planted NIK. */
  const startAndWaitForCopy = async () => {
    const child = spawn(process.execPath, args, options);
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.once('exit', (_code, signal) => resolve(signal)),
    );
    let copy: string | undefined;
    for (let waited = 0; waited < 30_000 && child.exitCode === null; waited += 5) {
      copy = (await holding()).find((file) => /artisans\.csv$/.test(file));
      if (copy) break;
      await sleep(5);
    }
    expect(copy, 'the run stages a copy of artisans.csv holding the NIK').toBeDefined();
    return { child, exited, copy: copy ?? '' };
  };
  const again = () => spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { root, holding, startAndWaitForCopy, again };
}

test('anyam import killed with SIGKILL while staging leaves no copy of a NIK once the next import has run', async () => {
  expect(existsSync(bin), 'build first: pnpm --filter @anyam/cli... build').toBe(true);
  const run = await plantedRun('import');
  const { child, exited, copy } = await run.startAndWaitForCopy();
  child.kill('SIGKILL');
  await exited;
  // Nothing runs on SIGKILL: the copy is still there, for the next run to remove.
  expect(existsSync(copy)).toBe(true);
  const again = run.again();
  expect(again.stderr).toBe('');
  expect(again.status).toBe(0);
  expect(await run.holding()).toEqual([]);
  expect(await readdir(join(run.root, 'data'))).toEqual(['dataset', 'keep.txt']);
  expect(await readdir(join(run.root, 'tmp'))).toEqual([]);
});

test('anyam validate killed with SIGKILL leaves no copy in the temporary folder once the next run is done', async () => {
  const run = await plantedRun('validate');
  const { child, exited, copy } = await run.startAndWaitForCopy();
  expect(copy.startsWith(join(run.root, 'tmp'))).toBe(true);
  child.kill('SIGKILL');
  await exited;
  expect(existsSync(copy)).toBe(true);
  expect(run.again().status).toBe(0);
  expect(await run.holding()).toEqual([]);
  expect(await readdir(join(run.root, 'tmp'))).toEqual([]);
});

test('anyam import stopped with SIGTERM removes its staging folder itself and ends by the signal', async () => {
  const run = await plantedRun('import');
  const { child, exited } = await run.startAndWaitForCopy();
  child.kill('SIGTERM');
  expect(await exited).toBe('SIGTERM');
  expect(await run.holding()).toEqual([]);
  expect(await readdir(join(run.root, 'data'))).toEqual(['keep.txt']);
});
