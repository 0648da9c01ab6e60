import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-bin-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const anyam = (...args: string[]) =>
  spawnSync(bin, args, { encoding: 'utf8', cwd: root, env: { ...process.env, ANYAM_DATA: '' } });

describe('dist/bin.js', () => {
  it('is built (pnpm --filter @anyam/cli... build) and runs as an executable', () => {
    expect(existsSync(bin), 'build first: pnpm --filter @anyam/cli... build').toBe(true);
    const result = anyam('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: anyam COMMAND/);
  });

  it('generates a dataset and queries it, exiting 0, then 1 on bad SQL', () => {
    const generated = anyam('generate', '--from-year', '2025', '--to-year', '2025', '--out', 'ds');
    expect(generated.stderr).toBe('');
    expect(generated.status).toBe(0);
    expect(generated.stdout).toMatch(/^Wrote .*ds \(/);
    const queried = anyam(
      'query',
      'SELECT count(*) AS n FROM regions WHERE parent_code = $$36$$',
      '--data',
      'ds',
      '--format',
      'json',
    );
    expect(queried.status).toBe(0);
    expect(JSON.parse(queried.stdout)).toEqual([{ n: 8 }]);
    const bad = anyam('query', 'SELEC 1', '--data', 'ds');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(
      /^anyam query: The query failed: Parser Error: syntax error at or near "SELEC"\n$/,
    );
  });

  it('exits 2 on an unknown option', () => {
    const result = anyam('query', 'SELECT 1', '--nope');
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'anyam query: Unknown option --nope; run `anyam query --help` for the options.\n',
    );
  });
});
