/**
 * The datasets the tests run against, made with @anyam/synth and written with @anyam/duckdb, the
 * same code path as `anyam generate`, and made again whenever the code that makes them changes:
 * the Banten demo (seed 42) and the nationwide scale (every council of Indonesia, seed 42).
 *
 * Each generation lives in its own folder, `.test-data/<name>-<fingerprint>`, which appears
 * whole (generated into a temporary sibling, its fingerprint written, then renamed), and
 * `.test-data/<name>` is a symbolic link to the newest one, swapped by a rename. A run that
 * already holds a generation keeps reading it while another run makes the next one.
 */
import { createHash, randomBytes } from 'node:crypto';
import {
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeDataset } from '@anyam/duckdb';
import { generate, type Scale } from '@anyam/synth';

/** A dataset the tests generate: where its link lives and what `generate` is given. */
export interface TestDataset {
  readonly dir: string;
  readonly scale: Scale;
  readonly seed: number;
}

const testData = (name: string) => fileURLToPath(new URL(`../.test-data/${name}`, import.meta.url));

/** The Banten demo dataset most tests read. */
export const bantenDataset: TestDataset = { dir: testData('banten'), scale: 'banten', seed: 42 };
/** Every province and regency council of Indonesia over a small dataset: national scope. */
export const nationwideDataset: TestDataset = {
  dir: testData('nationwide'),
  scale: 'nationwide',
  seed: 42,
};
export const testDataDir = bantenDataset.dir;

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * The code a generation depends on: the generator with the domain and region reference it
 * draws from, and the dataset writer with the derived tables it adds and the table declarations
 * it writes by. Tests are left out: they change no row.
 */
const sources = [
  'packages/synth/src',
  'packages/core/src/domain',
  'packages/core/src/reference',
  'packages/duckdb/src/write-dataset.ts',
  'packages/duckdb/src/manifest.ts',
  'packages/duckdb/src/dataset-tables.ts',
  'packages/duckdb/src/derived',
];

/** The file of a generation holding its fingerprint; written before the folder is renamed in. */
const fingerprintFile = 'generator.sha256';

/** How long a generation no run has opened is kept beside the newest one. */
const keepUnusedMs = 60 * 60 * 1000;

/** The files under `path` (itself if a file; none if it does not exist). */
async function sourceFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (info === undefined) return [];
  if (!info.isDirectory()) return [path];
  const found: string[] = [];
  for (const entry of await readdir(path, { withFileTypes: true }))
    found.push(...(await sourceFiles(join(path, entry.name))));
  return found;
}

/**
 * The sha256 of the generator's TypeScript sources (path and contents, sorted by path) and the
 * scale and seed: two datasets with the same fingerprint hold the same rows.
 *
 *     await generatorFingerprint({ scale: 'banten', seed: 42 }) // '3f9c…' (64 hex digits)
 */
export async function generatorFingerprint(
  options: Pick<TestDataset, 'scale' | 'seed'> = bantenDataset,
): Promise<string> {
  const files = (await Promise.all(sources.map((path) => sourceFiles(join(repoRoot, path)))))
    .flat()
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => relative(repoRoot, file).split('\\').join('/'))
    .sort();
  // Banten's fingerprint is the one it had before there were two datasets: its generations stay.
  const hash = createHash('sha256').update(
    JSON.stringify({ scale: options.scale, seed: options.seed }),
  );
  for (const file of files) hash.update(`\0${file}\0`).update(await readFile(join(repoRoot, file)));
  return hash.digest('hex');
}

const errorCode = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code;

/** Whether `version` is a generation made with `fingerprint` (a folder only ever appears whole). */
async function isGeneration(version: string, fingerprint: string): Promise<boolean> {
  try {
    return (await readFile(join(version, fingerprintFile), 'utf8')) === fingerprint;
  } catch {
    return false;
  }
}

const tempName = (path: string, what: string): string =>
  `${path}.${what}-${process.pid}-${randomBytes(4).toString('hex')}`;

/**
 * Renames the generation `temp` to `version`. When another run renamed the same generation in
 * first, that one is whole and `temp` is not needed; anything else found there (not made by this
 * code, or by another generator) is moved aside and removed first.
 */
async function renameInto(temp: string, version: string, fingerprint: string): Promise<void> {
  for (;;) {
    try {
      await rename(temp, version);
      return;
    } catch (error) {
      if (!['ENOTEMPTY', 'EEXIST'].includes(errorCode(error) ?? '')) throw error;
    }
    if (await isGeneration(version, fingerprint)) return;
    const aside = tempName(version, 'old');
    await rename(version, aside).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    await rm(aside, { recursive: true, force: true });
  }
}

/** Generates the dataset into a temporary sibling of `version`, then renames it into place. */
async function generateInto(
  dataset: TestDataset,
  version: string,
  fingerprint: string,
): Promise<void> {
  const options = { scale: dataset.scale, seed: dataset.seed };
  const temp = tempName(version, 'tmp');
  const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
  const connection = await instance.connect();
  try {
    await generate(connection, options);
    await writeDataset(connection, temp, { createdBy: { command: 'generate', ...options } });
    await writeFile(join(temp, fingerprintFile), fingerprint);
    await renameInto(temp, version, fingerprint);
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(temp, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Runs `work` holding the lock folder `lock`, unless `done()` is true once the lock is free or
 * turns true while waiting for it (another run finished the work). A lock whose process has died is taken over. Two runs that
 * both take over a dead lock only generate twice: the generation's rename stays safe.
 */
async function withLock(
  lock: string,
  done: () => Promise<boolean>,
  work: () => Promise<void>,
): Promise<void> {
  const started = Date.now();
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error;
    }
    if (await done()) return;
    const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
    const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    // No pid yet is a lock being taken, unless it has stayed so for long.
    if (Number.isInteger(owner) ? !isAlive(owner) : age > 60_000)
      await rm(lock, { recursive: true, force: true });
    else if (Date.now() - started > 10 * 60_000)
      throw new Error(
        `The test dataset is still being generated by process ${owner} after 10 minutes (lock ${lock}).`,
      );
    else await new Promise((resolve) => setTimeout(resolve, 200));
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    // The run that held the lock before may have done the work.
    if (!(await done())) await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/**
 * Points the link `dir` at `version` with a rename, so a reader of `dir` sees the old generation
 * or the new one. A real folder at `dir` (made before generations were kept apart) is removed,
 * with the two-province copy made from it.
 */
async function pointAt(dir: string, version: string): Promise<void> {
  const info = await lstat(dir).catch(() => undefined);
  if (info?.isSymbolicLink()) {
    if ((await readlink(dir)) === basename(version)) return;
  } else if (info) {
    const aside = tempName(dir, 'old');
    await rename(dir, aside).catch((error: unknown) => {
      if (errorCode(error) !== 'ENOENT') throw error;
    });
    await rm(aside, { recursive: true, force: true });
    await rm(`${dir}-two-provinces`, { recursive: true, force: true });
  }
  const link = tempName(dir, 'link');
  await symlink(basename(version), link);
  await rename(link, dir);
}

/**
 * Removes the generations other than `keep` (and what tests derived from them) unused for long,
 * and the temporary folders and links of runs that died.
 */
async function pruneGenerations(dir: string, keep: string): Promise<void> {
  const parent = dirname(dir);
  const generation = new RegExp(`^${basename(dir)}-[0-9a-f]{16}(-.+)?$`);
  const temporary = new RegExp(`^${basename(dir)}(?:-[0-9a-f]{16})?\\.(?:tmp|old|link)-(\\d+)-`);
  for (const entry of await readdir(parent)) {
    const path = join(parent, entry);
    const owner = temporary.exec(entry)?.[1];
    if (owner !== undefined) {
      if (!isAlive(Number(owner))) await rm(path, { recursive: true, force: true });
      continue;
    }
    if (!generation.test(entry) || path === keep || path.startsWith(`${keep}-`)) continue;
    const { mtimeMs } = await stat(path).catch(() => ({ mtimeMs: Date.now() }));
    if (Date.now() - mtimeMs > keepUnusedMs) await rm(path, { recursive: true, force: true });
  }
}

/**
 * The folder of a test dataset made by today's generator (Banten unless told): generated when no
 * generation with the current fingerprint exists, otherwise the existing one. Safe to call from
 * several runs at once: one generates while the others wait for it. Returns the generation's own
 * folder (not the link), so the run keeps the same data whatever other runs do.
 *
 *     await ensureTestDataset() // '/…/apps/dashboard/.test-data/banten-3f9c0a1b2c3d4e5f'
 *     await ensureTestDataset(nationwideDataset) // '/…/.test-data/nationwide-8d21…'
 */
export async function ensureTestDataset(dataset: TestDataset = bantenDataset): Promise<string> {
  const { dir } = dataset;
  const fingerprint = await generatorFingerprint(dataset);
  const version = `${dir}-${fingerprint.slice(0, 16)}`;
  await mkdir(dirname(dir), { recursive: true });
  const ready = () => isGeneration(version, fingerprint);
  if (!(await ready()))
    await withLock(`${dir}.lock`, ready, () => generateInto(dataset, version, fingerprint));
  // Opened now: a generation in use is not pruned by a run that makes a newer one.
  const now = new Date();
  await utimes(version, now, now);
  await withLock(
    `${dir}.lock`,
    async () => false,
    async () => {
      await pointAt(dir, version);
      await pruneGenerations(dir, version);
    },
  );
  return version;
}
