import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runImport } from '@anyam/cli';
import type { Account, DatasetVersion } from '@anyam/duckdb';
import { ApiError } from '../api-error.js';
import { currentVersion, setCurrentVersion, versionDir } from './current-version.js';
import { scrubPaths } from './scrub-report.js';
import { getState, serverStateDir } from './state.js';
import { submissionFiles } from './submissions.js';

/** How many published versions are kept (the current one always among them). */
export const keptVersions = 5;

// Publications of this process run one after another: each builds its own version folder, and
// the pointer moves only once a version is whole.
let queue: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(fn: () => Promise<T>): Promise<T> {
  const result = queue.then(fn);
  queue = result.catch(() => undefined);
  return result;
}

/** Removes versions beyond the newest `keptVersions`, never the current one. */
async function prune(current: string): Promise<void> {
  const state = getState();
  const versions = await state.listVersions();
  for (const old of versions.slice(keptVersions)) {
    if (old.version === current) continue;
    await rm(versionDir(old.version), { recursive: true, force: true });
    await state.removeVersion(old.version);
  }
}

/**
 * POST /api/datasets: imports the latest accepted submission of every council into a new
 * version folder (the CLI's import, written atomically), records it, and makes it current.
 */
export function publish(admin: Account): Promise<DatasetVersion> {
  return oneAtATime(async () => {
    const state = getState();
    const accepted = await state.latestAccepted();
    if (accepted.length === 0)
      throw new ApiError(
        409,
        'There is no accepted submission yet, so there is nothing to publish.',
      );
    const number = await state.nextVersionNumber();
    const version = `v${number}`;
    const out = versionDir(version);
    // The publication's rejects.csv holds rows as typed (PII): it stays under submissions/ and
    // goes as soon as the report is read.
    const reportDir = join(
      serverStateDir(),
      'submissions',
      `.publish-${version}-${randomBytes(4).toString('hex')}`,
    );
    try {
      const inputs = accepted.map((submission) => submissionFiles(submission.id));
      const result = await runImport({ inputs, out, reportDir, lang: 'en' });
      if (result.exitCode === 2) {
        const reason = inputs.reduce(
          (text, input, index) => scrubPaths(text, input, accepted[index]?.file_name ?? ''),
          result.lines.join(' '),
        );
        throw new ApiError(409, `The accepted submissions could not be imported: ${reason}`);
      }
      const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
        created_by: Record<string, unknown>;
        tables: Record<string, { rows: number }>;
      };
      // The import names its input folders, which are paths of this server: the published
      // manifest names the submissions instead (renamed into place, before anyone reads it).
      manifest.created_by = {
        command: 'publish',
        version,
        submissions: accepted.map((submission) => submission.id),
      };
      const manifestTemporary = join(out, `manifest.json.tmp-${randomBytes(4).toString('hex')}`);
      await writeFile(manifestTemporary, `${JSON.stringify(manifest, null, 2)}\n`);
      await rename(manifestTemporary, join(out, 'manifest.json'));
      const record: DatasetVersion = {
        version,
        published_at: new Date().toISOString(),
        published_by: admin.username,
        rows: Object.fromEntries(
          Object.entries(manifest.tables).map(([table, entry]) => [table, entry.rows]),
        ),
        submission_ids: accepted.map((submission) => submission.id),
      };
      await state.addVersion(record, {
        user: admin.username,
        action: 'publish',
        detail: `${version} from ${record.submission_ids.join(', ')}`,
      });
      await setCurrentVersion(version);
      await prune(version);
      return record;
    } catch (error) {
      // A version that was not recorded is not kept: nothing half-published stays behind.
      const recorded = (await state.listVersions()).some((v) => v.version === version);
      if (!recorded) await rm(out, { recursive: true, force: true });
      throw error;
    } finally {
      await rm(reportDir, { recursive: true, force: true });
    }
  });
}

/** POST /api/datasets/VERSION/activate: makes a kept version current again. */
export function activate(admin: Account, version: string): Promise<DatasetVersion> {
  return oneAtATime(async () => {
    const state = getState();
    const found = (await state.listVersions()).find((v) => v.version === version);
    if (!found)
      throw new ApiError(404, `There is no kept dataset version ${version.slice(0, 20)}.`);
    await setCurrentVersion(version);
    await state.recordAudit({ user: admin.username, action: 'activate', detail: version });
    return found;
  });
}

/** GET /api/datasets: the current version and the kept ones, newest first. */
export async function datasetVersions(): Promise<{
  current: string | null;
  versions: DatasetVersion[];
}> {
  return { current: await currentVersion(), versions: await getState().listVersions() };
}
