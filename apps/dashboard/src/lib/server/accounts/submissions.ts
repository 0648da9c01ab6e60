import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { runImport } from '@anyam/cli';
import { tableNames, type Lang } from '@anyam/core';
import type { Account, Submission } from '@anyam/duckdb';
import { ApiError } from '../api-error.js';
import { readCappedBytes } from '../read-capped-body.js';
import { readZip, ZipRefused, type ZipEntry } from './read-zip.js';
import { scrubJson, scrubPaths } from './scrub-report.js';
import { getState, serverStateDir } from './state.js';

/** The largest upload accepted (bigger ones get 413). */
export const maxUploadBytes = 20 * 1024 * 1024;
/** What a zip or workbook may inflate to: generous for real data, a wall for zip bombs. */
const maxInflatedBytes = 200 * 1024 * 1024;

/** Where a submission's files, report and rejects live: `submissions/ID/` of the state. */
export function submissionDir(id: string, state = serverStateDir()): string {
  if (!/^S-\d{8}-[0-9a-f]{8}$/.test(id)) throw new ApiError(404, 'There is no such submission.');
  return join(state, 'submissions', id);
}

/** The folder the import reads: the workbook or the 13 CSV files as the steward sent them. */
export const submissionFiles = (id: string, state?: string) =>
  join(submissionDir(id, state), 'files');

function newSubmissionId(now: Date): string {
  return `S-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(4).toString('hex')}`;
}

/** The last segment of a browser's file name, safe to show and log. */
function displayName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const clean = last.replace(/[^\p{L}\p{N} ._()-]/gu, '_').slice(0, 100);
  return clean === '' ? 'upload' : clean;
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

/**
 * What was sent: a workbook (a zip holding `xl/workbook.xml`) or a zip of the 13 CSV files,
 * laid out as the import reads a folder. Anything else is one sentence, 400.
 */
function unpack(bytes: Uint8Array): { format: 'xlsx' | 'zip'; files: ZipEntry[] } {
  const neither = new ApiError(
    400,
    'The file is neither an Excel workbook (.xlsx) nor a zip of the 13 CSV files, so it was not checked.',
  );
  if (!isZip(bytes)) throw neither;
  let entries: ZipEntry[];
  try {
    entries = readZip(bytes, { maxEntries: 5000, maxBytes: maxInflatedBytes });
  } catch (error) {
    if (error instanceof ZipRefused) throw new ApiError(400, error.message);
    throw error;
  }
  if (entries.some((entry) => entry.name === 'xl/workbook.xml'))
    return { format: 'xlsx', files: [{ name: 'workbook.xlsx', bytes }] };
  // The CSV files, in the zip's root or one folder; system files (__MACOSX, .DS_Store) are skipped.
  const csv = entries.filter(
    (entry) => entry.name.toLowerCase().endsWith('.csv') && !entry.name.startsWith('__MACOSX/'),
  );
  if (csv.length === 0) throw neither;
  const files = new Map<string, ZipEntry>();
  for (const entry of csv) {
    const base = (entry.name.split('/').pop() ?? '').toLowerCase();
    const table = tableNames.find((name) => `${name}.csv` === base);
    if (!table) continue;
    if (files.has(table))
      throw new ApiError(400, `The zip holds ${table}.csv twice; keep one file per table.`);
    files.set(table, { name: `${table}.csv`, bytes: entry.bytes });
  }
  if (files.size === 0) throw neither;
  return { format: 'zip', files: [...files.values()] };
}

/** The council ids of the councils table as the import reads it (its imported rows). */
async function importedCouncils(filesDir: string, work: string): Promise<Set<string>> {
  const out = join(work, 'councils-check');
  try {
    const result = await runImport({
      inputs: [filesDir],
      out,
      reportDir: join(work, 'councils-check-report'),
      lang: 'en',
    });
    if (result.exitCode === 2) return new Set();
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const reader = await connection.runAndReadAll('SELECT council_id FROM read_parquet($path)', {
        path: join(out, 'councils.parquet'),
      });
      return new Set(reader.getRowObjectsJson().map((row) => String(row.council_id)));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    await rm(out, { recursive: true, force: true });
    await rm(join(work, 'councils-check-report'), { recursive: true, force: true });
  }
}

const tooLarge = () =>
  new ApiError(
    413,
    `The file is larger than ${maxUploadBytes / 1024 / 1024} MB; send a smaller one.`,
  );

/** The request's body, read up to `maxUploadBytes` (a larger one is a 413 before it is all read). */
function boundedBody(request: Request): Promise<Uint8Array> {
  return readCappedBytes(
    request,
    maxUploadBytes,
    tooLarge,
    () => new ApiError(400, 'The upload could not be read: send the file again.'),
  );
}

/**
 * The uploaded file: the multipart field `file` (the API's form), or the raw body with its name
 * in `?name=` (what /submit sends, so that no form post depends on ORIGIN being set).
 */
async function uploadedFile(
  request: Request,
  url: URL,
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxUploadBytes + 64 * 1024) throw tooLarge();
  const type = request.headers.get('content-type') ?? '';
  if (!type.startsWith('multipart/form-data')) {
    const bytes = await boundedBody(request);
    return { bytes, fileName: displayName(url.searchParams.get('name') ?? 'upload') };
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError(400, 'Send the file as multipart/form-data in the field "file".');
  }
  const file = form.get('file');
  if (!(file instanceof File))
    throw new ApiError(400, 'Send the file in the multipart field "file".');
  if (file.size > maxUploadBytes) throw tooLarge();
  return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: displayName(file.name) };
}

export interface SubmissionAnswer {
  readonly id: string;
  readonly council_id: string;
  readonly status: Submission['status'];
  readonly report: unknown;
  readonly note: string | null;
}

/**
 * POST /api/submissions: keeps the steward's file under `submissions/ID/` of the state, checks it
 * exactly as `anyam validate` does, and refuses a folder whose councils table does not hold the
 * steward's own council.
 */
export async function submit(
  request: Request,
  url: URL,
  steward: Account,
  lang: Lang,
): Promise<SubmissionAnswer> {
  const { bytes, fileName } = await uploadedFile(request, url);
  const { format, files } = unpack(bytes);
  const council = steward.council_id ?? '';

  const now = new Date();
  const id = newSubmissionId(now);
  const dir = submissionDir(id);
  const filesDir = submissionFiles(id);
  await mkdir(filesDir, { recursive: true });
  for (const entry of files) await writeFile(join(filesDir, entry.name), entry.bytes);

  let status: Submission['status'];
  let report: unknown = null;
  let note: string | null = null;
  try {
    const result = await runImport({ inputs: [filesDir], reportDir: join(dir, 'report'), lang });
    if (result.exitCode === 2 || !result.report) {
      status = 'refused';
      note = scrubPaths(result.lines.join(' '), filesDir, fileName);
    } else {
      report = scrubJson(result.report, filesDir, fileName);
      await writeFile(join(dir, 'report', 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
      const councils = await importedCouncils(filesDir, dir);
      if (councils.has(council)) {
        status = 'checked';
      } else {
        status = 'refused';
        note =
          lang === 'id'
            ? `Tabel councils berkas ini tidak memuat dewan Anda ${council}; seorang pengelola data hanya mengirim data dewannya sendiri.`
            : `The councils table of this file does not hold your council ${council}; a steward submits only its own council's data.`;
      }
    }
  } catch (error) {
    // A file the import cannot read at all is the sender's problem, said in one sentence. The
    // log names the submission, not the error's text: that may quote a cell (a NIK, a name).
    console.error(
      `Submission ${id}: the import failed with ${(error as Error)?.name ?? 'an error'}.`,
    );
    status = 'refused';
    note =
      lang === 'id'
        ? 'Berkas ini tidak dapat dibaca sebagai buku kerja atau berkas CSV.'
        : 'The file could not be read as a workbook or CSV files.';
  }
  const submission: Submission = {
    id,
    council_id: council,
    submitted_by: steward.username,
    submitted_at: now.toISOString(),
    file_name: fileName,
    format,
    status,
    report,
    note,
    decided_by: null,
    decided_at: null,
  };
  await getState().addSubmission(submission, {
    user: steward.username,
    action: 'submission',
    detail: `${id} ${council} ${format} ${status}`,
  });
  return { id, council_id: council, status, report, note };
}

/** A submission the account may see: its own council's for a steward, every one for an admin. */
export async function visibleSubmission(id: string, account: Account): Promise<Submission> {
  submissionDir(id);
  const submission = await getState().getSubmission(id);
  if (!submission) throw new ApiError(404, 'There is no such submission.');
  if (account.role === 'admin') return submission;
  if (account.role === 'steward' && submission.council_id === account.council_id) return submission;
  // Another council's submission is answered as if it did not exist: its id says nothing.
  throw new ApiError(404, 'There is no such submission.');
}

/** rejects.csv of a submission, with its file names as the steward knows them. */
export async function rejectsCsv(submission: Submission): Promise<string> {
  const dir = submissionDir(submission.id);
  try {
    const text = await readFile(join(dir, 'report', 'rejects.csv'), 'utf8');
    return scrubPaths(text, submissionFiles(submission.id), submission.file_name);
  } catch {
    throw new ApiError(
      404,
      'This submission has no rejects.csv: it was refused before its rows were checked.',
    );
  }
}
