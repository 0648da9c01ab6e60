import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openState, verifyPassword } from '@anyam/duckdb';
import { main } from '../main.js';
import { captureIo } from '../testing-io.js';

async function stateEnv(): Promise<{ ANYAM_STATE: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'anyam-users-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return { ANYAM_STATE: dir };
}

async function users(args: string[], env: Record<string, string>) {
  const io = captureIo({ env });
  const code = await main(['users', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('anyam users add', () => {
  it('prints the new password alone on the last line, and keeps only its scrypt hash', async () => {
    const env = await stateEnv();
    const added = await users(['add', 'siti', '--role', 'steward', '--council', 'DKR-36.01'], env);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    const password = added.out.trimEnd().split('\n').at(-1) ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const state = openState(env.ANYAM_STATE);
    onTestFinished(() => state.close());
    const stored = await state.findAccount('siti');
    expect(stored).toMatchObject({ role: 'steward', council_id: 'DKR-36.01' });
    expect(stored?.password_hash).toMatch(/^scrypt\$/);
    expect(stored?.password_hash).not.toContain(password);
    expect(await verifyPassword(password, stored?.password_hash ?? '')).toBe(true);
    expect(await verifyPassword(`${password}x`, stored?.password_hash ?? '')).toBe(false);
  });

  it('refuses a taken name, a steward without council and an admin with one, in one sentence', async () => {
    const env = await stateEnv();
    expect((await users(['add', 'ana', '--role', 'admin'], env)).code).toBe(0);
    expect(await users(['add', 'ana', '--role', 'analyst'], env)).toMatchObject({
      code: 1,
      err: 'anyam users: There is already an account named ana.\n',
    });
    expect(await users(['add', 'budi', '--role', 'steward'], env)).toMatchObject({
      code: 2,
      err: 'anyam users: A steward needs --council ID (the council it submits for).\n',
    });
    expect((await users(['add', 'budi', '--role', 'admin', '--council', 'DKR-36'], env)).code).toBe(
      2,
    );
    expect((await users(['add', 'budi', '--role', 'root'], env)).err).toContain(
      'steward, admin or analyst',
    );
    expect((await users(['add', 'a b', '--role', 'admin'], env)).code).toBe(2);
  });
});

describe('anyam users list and remove', () => {
  it('lists accounts without hashes, and removes one', async () => {
    const env = await stateEnv();
    await users(['add', 'ana', '--role', 'admin'], env);
    await users(['add', 'siti', '--role', 'steward', '--council', 'DKR-36.01'], env);
    const listed = await users(['list'], env);
    expect(listed.out).toMatch(/^username +role +council_id +created_at\n/);
    expect(listed.out).toMatch(/\nsiti +steward +DKR-36\.01 /);
    expect(listed.out).not.toContain('scrypt');
    expect(listed.out.trimEnd().split('\n').at(-1)).toBe('(2 rows)');
    expect((await users(['remove', 'siti'], env)).code).toBe(0);
    expect(await users(['remove', 'siti'], env)).toMatchObject({
      code: 1,
      err: 'anyam users: There is no account named siti.\n',
    });
    expect((await users(['list'], env)).out).not.toContain('siti');
  });
});

describe('anyam users from two processes at once', () => {
  it('keeps both accounts: the second waits for the first to let go of the state', async () => {
    const env = await stateEnv();
    const inProcess = (name: string) => users(['add', name, '--role', 'analyst'], env);
    // Two in-process runs and one child process holding the state at the same time.
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const i = await DuckDBInstance.create(${JSON.stringify(join(env.ANYAM_STATE, 'state.duckdb'))});
         const c = await i.connect();
         await c.run('CREATE TABLE IF NOT EXISTS held (x INT)');
         console.log('held'); setTimeout(() => { c.closeSync(); i.closeSync(); }, 600);`,
      ],
      { cwd: new URL('../..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const [a, b] = await Promise.all([inProcess('one'), inProcess('two')]);
    expect([a.code, b.code, a.err, b.err]).toEqual([0, 0, '', '']);
    const listed = await users(['list'], env);
    expect(listed.out).toContain('\none ');
    expect(listed.out).toContain('\ntwo ');
  });
});
