import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openState, type DuckDbStateStore } from './open-state.js';
import { sessionTokenHash } from './session-token.js';
import type { Submission } from './types.js';

/**
 * The state module as JavaScript a plain `node` child can import (Node 20 runs no TypeScript),
 * inside this package so that it resolves @duckdb/node-api; removed after the test.
 */
async function transpiledStateModule(stateDirForName: string): Promise<string> {
  const ts = (await import('typescript')).default;
  const src = fileURLToPath(new URL('..', import.meta.url));
  const out = fileURLToPath(
    new URL(`../../node_modules/.cache/anyam-state-${basename(stateDirForName)}/`, import.meta.url),
  );
  onTestFinished(() => rm(out, { recursive: true, force: true }));
  for (const file of ['bind-params.ts', 'state/open-state.ts', 'state/state-error.ts']) {
    const js = ts.transpileModule(await readFile(join(src, file), 'utf8'), {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
    await mkdir(dirname(join(out, file)), { recursive: true });
    await writeFile(join(out, file.replace(/\.ts$/, '.js')), js);
  }
  return join(out, 'state', 'open-state.js');
}

async function freshState(): Promise<DuckDbStateStore> {
  const dir = await mkdtemp(join(tmpdir(), 'anyam-state-'));
  const state = openState(dir, { idleCloseMs: 20 });
  onTestFinished(async () => {
    await state.close();
    await rm(dir, { recursive: true, force: true });
  });
  return state;
}

const account = (username: string) => ({
  username,
  role: 'steward' as const,
  council_id: 'DKR-36.01',
  password_hash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==',
});

const submission = (
  id: string,
  council: string,
  at: string,
  status: Submission['status'],
): Submission => ({
  id,
  council_id: council,
  submitted_by: 'siti',
  submitted_at: at,
  file_name: 'data.xlsx',
  format: 'xlsx',
  status,
  report: { totals: { read: 3 } },
  note: null,
  decided_by: null,
  decided_at: null,
});

describe('openState', () => {
  it('keeps accounts across a reopen and refuses a taken username', async () => {
    const state = await freshState();
    await state.addAccount(account('siti'), {
      user: 'admin',
      action: 'account_add',
      detail: 'siti',
    });
    await expect(state.addAccount(account('siti'))).rejects.toThrow(
      'There is already an account named siti.',
    );
    await expect(state.addAccount(account('siti'))).rejects.toMatchObject({ code: 'ANYAM_STATE' });
    await state.close();
    const again = openState(state.dir);
    onTestFinished(() => again.close());
    expect((await again.listAccounts()).map((a) => a.username)).toEqual(['siti']);
    expect((await again.findAccount('siti'))?.password_hash).toBe(account('siti').password_hash);
    expect((await again.listAudit()).map((e) => e.action)).toEqual(['account_add']);
  });

  it('keeps every one of many concurrent adds, and exactly one of two with the same name', async () => {
    const state = await freshState();
    const names = Array.from({ length: 30 }, (_, i) => `user${i}`);
    const results = await Promise.allSettled([
      ...names.map((name) => state.addAccount(account(name))),
      state.addAccount(account('user7')),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect((await state.listAccounts()).map((a) => a.username).sort()).toEqual([...names].sort());
  });

  it('keeps the writes of two stores of one process on one file (the CLI and a test, say)', async () => {
    const first = await freshState();
    // DuckDB's file lock does not keep a process out of a file it already holds.
    const second = openState(first.dir, { idleCloseMs: 20 });
    onTestFinished(() => second.close());
    const names = Array.from({ length: 12 }, (_, i) => `user${i}`);
    await Promise.all(
      names.map((name, i) => (i % 2 === 0 ? first : second).addAccount(account(name))),
    );
    await Promise.all([first.close(), second.close()]);
    const third = openState(first.dir);
    onTestFinished(() => third.close());
    expect((await third.listAccounts()).map((a) => a.username).sort()).toEqual([...names].sort());
  });

  it('rolls a failing write back whole', async () => {
    const state = await freshState();
    await expect(
      state.write([
        { sql: `INSERT INTO audit VALUES (1, 'now', 'x', 'first', '')` },
        { sql: 'INSERT INTO no_such_table VALUES (1)' },
      ]),
    ).rejects.toThrow();
    expect(await state.listAudit()).toEqual([]);
  });

  it('resolves a live session only, and forgets it with its account', async () => {
    const state = await freshState();
    await state.addAccount(account('siti'));
    const live = sessionTokenHash('live');
    const old = sessionTokenHash('old');
    await state.createSession({
      token_hash: live,
      username: 'siti',
      expires_at: '2999-01-01T00:00:00.000Z',
    });
    await state.createSession({
      token_hash: old,
      username: 'siti',
      expires_at: '2000-01-01T00:00:00.000Z',
    });
    expect((await state.sessionAccount(live))?.username).toBe('siti');
    expect(await state.sessionAccount(old)).toBeNull();
    expect(await state.sessionAccount(sessionTokenHash('other'))).toBeNull();
    expect(await state.removeAccount('siti')).toBe(true);
    expect(await state.sessionAccount(live)).toBeNull();
    expect(await state.removeAccount('siti')).toBe(false);
  });

  it('lists the latest accepted submission of each council, and decides only once', async () => {
    const state = await freshState();
    await state.addSubmission(submission('s1', 'DKR-36.01', '2026-01-01T00:00:00Z', 'checked'));
    await state.addSubmission(submission('s2', 'DKR-36.01', '2026-01-02T00:00:00Z', 'checked'));
    await state.addSubmission(submission('s3', 'DKR-36.02', '2026-01-03T00:00:00Z', 'checked'));
    await state.addSubmission(submission('s4', 'DKR-36.02', '2026-01-04T00:00:00Z', 'refused'));
    for (const id of ['s1', 's2', 's3'])
      await state.decideSubmission(id, { status: 'accepted', note: null, by: 'admin' });
    expect((await state.latestAccepted()).map((s) => s.id)).toEqual(['s2', 's3']);
    await expect(
      state.decideSubmission('s4', { status: 'accepted', note: null, by: 'admin' }),
    ).rejects.toThrow('refused');
    const returned = await state.decideSubmission('s2', {
      status: 'returned',
      note: 'Cek lagi',
      by: 'admin',
    });
    expect(returned).toMatchObject({ status: 'returned', note: 'Cek lagi', decided_by: 'admin' });
    expect((await state.listSubmissions({ councilId: 'DKR-36.02' })).map((s) => s.id)).toEqual([
      's4',
      's3',
    ]);
    expect(
      await state.decideSubmission('none', { status: 'accepted', note: null, by: 'a' }),
    ).toBeNull();
  });

  it('numbers versions without reuse, even for concurrent publications', async () => {
    const state = await freshState();
    const numbers = await Promise.all([
      state.nextVersionNumber(),
      state.nextVersionNumber(),
      state.nextVersionNumber(),
    ]);
    expect([...numbers].sort()).toEqual([1, 2, 3]);
    await state.addVersion({
      version: 'v3',
      published_at: 'now',
      published_by: 'admin',
      rows: { councils: 2 },
      submission_ids: ['s1'],
    });
    await state.removeVersion('v3');
    expect(await state.nextVersionNumber()).toBe(4);
    expect(await state.listVersions()).toEqual([]);
  });

  it('waits for another process to let go of the file instead of failing', async () => {
    const state = await freshState();
    await state.addAccount(account('first'));
    const script = join(state.dir, 'hold.mjs');
    const duckdb = fileURLToPath(import.meta.resolve('@duckdb/node-api'));
    await writeFile(
      script,
      `import { DuckDBInstance } from ${JSON.stringify(duckdb)};
       const instance = await DuckDBInstance.create(${JSON.stringify(state.path)});
       const connection = await instance.connect();
       console.log('holding');
       setTimeout(() => { connection.closeSync(); instance.closeSync(); }, 700);`,
    );
    await state.close();
    const child = spawn(process.execPath, [script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const again = openState(state.dir);
    onTestFinished(() => again.close());
    await again.addAccount(account('second'));
    expect((await again.listAccounts()).map((a) => a.username)).toEqual(['first', 'second']);
  });

  it('leaves no half-written state when the process dies inside a write', async () => {
    const state = await freshState();
    await state.close();
    const script = await transpiledStateModule(state.dir);
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const { openState } = await import(${JSON.stringify(script)});
         const state = openState(${JSON.stringify(state.dir)});
         await state.recordAudit({ user: null, action: 'ready', detail: '' });
         console.log('writing');
         await state.write([{ sql: "INSERT INTO audit SELECT i, 'now', NULL, 'bulk', repeat('x', 200) FROM range(3000000) t(i)" }]);
         console.log('done');`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let output = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('writing')) resolve();
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const again = openState(state.dir);
    onTestFinished(() => again.close());
    const bulk = (await again.listAudit(10_000)).filter((entry) => entry.action === 'bulk').length;
    expect(output).not.toContain('done');
    expect(bulk).toBe(0);
    expect((await again.listAudit()).map((entry) => entry.action)).toEqual(['ready']);
  });
});
