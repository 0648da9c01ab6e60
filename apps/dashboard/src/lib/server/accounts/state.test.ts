import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openState } from '@anyam/duckdb';
import { afterEach, describe, expect, it } from 'vitest';
import { accountsExist } from './state.js';

const saved = process.env.ANYAM_STATE;
afterEach(() => {
  if (saved === undefined) delete process.env.ANYAM_STATE;
  else process.env.ANYAM_STATE = saved;
});

describe('accountsExist', () => {
  it('sees an account another process adds at once, not after a grace window', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'anyam-accounts-exist-'));
    process.env.ANYAM_STATE = dir;
    try {
      expect(await accountsExist()).toBe(false);
      // `anyam users add` is another process with its own store on the same file.
      const cli = openState(dir, { idleCloseMs: 0 });
      await cli.addAccount({
        username: 'admin1',
        role: 'admin',
        council_id: null,
        password_hash: 'scrypt$x',
      });
      await cli.close();
      expect(await accountsExist()).toBe(true);
      expect(await accountsExist()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
