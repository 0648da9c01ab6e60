import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.js';
import { captureIo } from '../testing-io.js';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-generate-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('anyam generate', () => {
  it('writes a dataset and prints row counts, size and path', async () => {
    const io = captureIo({ cwd: root });
    expect(
      await main(
        ['generate', '--seed', '5', '--from-year', '2024', '--to-year', '2025', '--out', 'demo'],
        io,
      ),
    ).toBe(0);
    const dir = join(root, 'demo');
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.created_by).toEqual({
      command: 'generate',
      scale: 'banten',
      seed: 5,
      from_year: 2024,
      to_year: 2025,
    });
    expect(manifest.tables.participations.files).toEqual([
      'participations/year=2024/data_0.parquet',
      'participations/year=2025/data_0.parquet',
    ]);
    const out = io.out();
    expect(out).toMatch(
      new RegExp(
        `^Wrote ${dir.replaceAll('/', '\\/')} \\(\\d+\\.\\d [kM]B\\), scale banten, seed 5, years 2024–2025:\\n`,
      ),
    );
    const enterprises = /\n {2}enterprises +([\d,]+)\n/.exec(out)?.[1];
    expect(Number(enterprises?.replaceAll(',', ''))).toBe(manifest.tables.enterprises.rows);
    expect(out).toContain('  regions ');
    expect(io.err()).toBe('');
  });

  it('writes the nationwide scale: every council of Indonesia over a small dataset', async () => {
    const io = captureIo({ cwd: root });
    expect(
      await main(['generate', '--scale', 'nationwide', '--to-year', '2022', '--out', 'nw'], io),
    ).toBe(0);
    const manifest = JSON.parse(await readFile(join(root, 'nw', 'manifest.json'), 'utf8'));
    expect(manifest.created_by.scale).toBe('nationwide');
    expect(manifest.tables.councils.rows).toBe(552);
    expect(manifest.tables.enterprises.rows).toBeGreaterThan(514 * 11);
    expect(manifest.tables.enterprises.rows).toBeLessThan(514 * 29);
    expect(io.out()).toContain('scale nationwide, seed 42, years 2021–2022:');
  });

  it('draws progress on stderr only when stderr is a terminal', async () => {
    const tty = captureIo({ cwd: root, isTTY: true });
    expect(
      await main(['generate', '--from-year', '2025', '--to-year', '2025', '--out', 'tty'], tty),
    ).toBe(0);
    expect(tty.err()).toContain('Writing participations (');
    expect(tty.err()).toContain('Generating banten: ');
    expect(tty.err().endsWith('\r\x1b[2K')).toBe(true);
  });

  it('gives the same dataset for the same seed', async () => {
    const counts = async (out: string) => {
      await main(
        ['generate', '--seed', '11', '--from-year', '2025', '--to-year', '2025', '--out', out],
        captureIo({ cwd: root }),
      );
      const io = captureIo({ cwd: root });
      await main(
        [
          'query',
          'SELECT sum(revenue_idr)::DOUBLE AS r, count(*)::INTEGER AS n FROM outcomes',
          '--data',
          out,
          '--format',
          'csv',
        ],
        io,
      );
      return io.out();
    };
    expect(await counts('same-a')).toBe(await counts('same-b'));
  });

  it('rejects bad flags in one sentence with exit 2', async () => {
    const cases: [string[], string][] = [
      [
        ['--scale', 'java'],
        'anyam generate: --scale must be one of banten, national, nationwide, got "java".\n',
      ],
      [['--seed', 'abc'], 'anyam generate: --seed must be a whole number, got "abc".\n'],
      [
        ['--to-year', '1800'],
        'anyam generate: --to-year must be between 1990 and 2100, got 1800.\n',
      ],
      [
        ['extra'],
        'anyam generate: Unexpected argument "extra": anyam generate takes only options; run `anyam generate --help` for the options.\n',
      ],
    ];
    for (const [args, message] of cases) {
      const io = captureIo({ cwd: root });
      expect(await main(['generate', ...args], io), args.join(' ')).toBe(2);
      expect(io.err()).toBe(message);
    }
  });

  it('refuses --from-year after --to-year', async () => {
    const io = captureIo({ cwd: root });
    expect(await main(['generate', '--from-year', '2025', '--to-year', '2024'], io)).toBe(1);
    expect(io.err()).toBe('anyam generate: --from-year 2025 is after --to-year 2024.\n');
  });
});
