import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatInteger, formatRupiah, type Lang } from '@anyam/core';
import { openDataset, runMetric } from '@anyam/duckdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIo } from '../testing-io.js';
import { main } from '../main.js';
import { chromiumPath, installChromium } from '../brief/find-chromium.js';
import { dashboardServer } from '../brief/find-dashboard.js';
import * as brief from './brief.js';
import * as generate from './generate.js';

let dir: string;
let data: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anyam-brief-'));
  data = join(dir, 'banten');
  const io = captureIo({ cwd: dir });
  const code = await main(['generate', '--scale', 'banten', '--seed', '42', '--out', data], io, [
    generate,
  ]);
  expect(code, io.err()).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(args: string[], env: Record<string, string | undefined> = {}, isTTY = false) {
  const io = captureIo({ cwd: dir, env: { CHROMIUM: process.env.CHROMIUM, ...env }, isTTY });
  const code = await main(['brief', ...args], io, [brief]);
  return { code, out: io.out(), err: io.err() };
}

/** The text of each page of a PDF, from poppler's pdftotext. */
function pageTexts(pdf: string): string[] {
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  expect(info.status, info.stderr).toBe(0);
  const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
  return Array.from({ length: pages }, (_, i) => {
    const page = String(i + 1);
    const text = spawnSync('pdftotext', ['-f', page, '-l', page, pdf, '-'], { encoding: 'utf8' });
    return text.stdout.replace(/\s+/g, ' ').trim();
  });
}

/** How many dark pixels each page has once pdftoppm renders it (grey, 30 dpi; its grey footer alone has none). */
function inkPerPage(pdf: string, folder: string): number[] {
  const rendered = spawnSync('pdftoppm', ['-gray', '-r', '30', pdf, join(folder, 'page')], {
    encoding: 'utf8',
  });
  expect(rendered.status, rendered.stderr).toBe(0);
  return readdirSync(folder)
    .filter((name) => name.startsWith('page') && name.endsWith('.pgm'))
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(folder, name));
      // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte a pixel.
      const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      const start = header![0].length;
      let dark = 0;
      for (let i = start; i < bytes.length; i += 1) if (bytes[i]! < 128) dark += 1;
      return dark;
    });
}

/** The headline numbers the API publishes (suppressed, k = 5), as the brief's language writes them. */
async function headlines(region: string, lang: Lang): Promise<string[]> {
  const handle = await openDataset(data);
  try {
    const [reach] = (await runMetric(handle, 'reach', { region, suppress: { k: 5 } })).rows;
    const [programs] = (await runMetric(handle, 'programs', { region, suppress: { k: 5 } })).rows;
    return [
      formatInteger(reach!.reached_artisans as number, lang),
      formatInteger(reach!.eligible_artisans as number, lang),
      formatInteger(programs!.programs as number, lang),
      formatRupiah(programs!.budget_idr as number, lang),
    ];
  } finally {
    await handle.close();
  }
}

describe('anyam brief', () => {
  it.each([
    ['36', 'id', 'Banten', false],
    ['36.03', 'en', 'Kab. Tangerang', true],
  ] as const)(
    'writes the PDF of %s in %s: every page has text and ink, with the region and the headline numbers',
    async (region, lang, name, isTTY) => {
      const pdf = join(dir, `brief-${region}-${lang}.pdf`);
      const result = await cli(
        ['--region', region, '--lang', lang, '--data', data, '--out', pdf],
        {},
        isTTY,
      );
      // Progress only on a terminal, and the line is cleared at the end.
      if (isTTY) {
        expect(result.err).toContain('Rendering the brief');
        expect(result.err.endsWith('\r\x1b[2K')).toBe(true);
      } else expect(result.err).toBe('');
      expect(result.code).toBe(0);
      expect(result.out).toBe(`${pdf}\n`);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      const pages = pageTexts(pdf);
      // Cover, six sections, methods.
      expect(pages).toHaveLength(8);
      for (const [i, text] of pages.entries()) {
        expect(text.length, `page ${i + 1}`).toBeGreaterThan(100);
        expect(text, `page ${i + 1}`).toContain(name);
        expect(text, `page ${i + 1}`).toMatch(new RegExp(`\\b${i + 1} ?/ ?${pages.length}\\b`));
      }
      const all = pages.join(' ');
      for (const number of await headlines(region, lang)) expect(all).toContain(number);
      expect(pages[1]).toContain(lang === 'id' ? 'Pengrajin terjangkau' : 'Artisans reached');
      const folder = await mkdtemp(join(dir, 'png-'));
      const ink = inkPerPage(pdf, folder);
      expect(ink).toHaveLength(8);
      // A page of text alone (36.03's advice section, where no council is ahead and no chart is
      // drawn) has about 140; a page left blank but for its footer has none.
      for (const [i, dark] of ink.entries()) expect(dark, `page ${i + 1}`).toBeGreaterThan(100);
      // Nothing is left beside the PDF.
      expect(readdirSync(dir).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    },
  );

  it.each([
    [[], 'needs --region'],
    [['--region', 'banten', '--out', 'b.pdf'], 'Kemendagri code'],
    [['--region', '36', '--lang', 'fr', '--out', 'b.pdf'], 'id or en'],
    [['--region', '36', '--out', 'b.txt'], '.pdf file'],
    [['--region', '36'], 'needs --out'],
    [['--region', '36', '--year', '20x5', '--out', 'b.pdf'], 'whole number'],
    [['--region', '36', '--colour', 'red'], 'Unknown option --colour'],
    [['--region', '36', '--out', 'no/such/folder/b.pdf'], 'does not exist'],
  ])('refuses %j with one sentence and exit 2', async (args, words) => {
    const result = await cli(args);
    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toContain(words);
    expect(result.err.trim().split('\n')).toHaveLength(1);
    expect(result.err).toMatch(/^anyam brief: .+\.\n$/);
  });

  it.each([
    [['--region', '99'], 'Region "99" is not in the region reference'],
    [['--region', '36', '--year', '1990'], '--year must be between 2021 and 2025'],
  ])(
    'refuses %j, which the dataset does not have, with exit 2 and writes nothing',
    async (args, words) => {
      const pdf = join(dir, 'refused.pdf');
      const result = await cli([...args, '--data', data, '--out', pdf]);
      expect(result.code).toBe(2);
      expect(result.err).toContain(words);
      expect(result.err.trim().split('\n')).toHaveLength(1);
      expect(existsSync(pdf)).toBe(false);
    },
  );

  it('says in one sentence how to install Chromium when there is none', async () => {
    expect(() =>
      chromiumPath(
        {},
        () => false,
        () => [],
      ),
    ).toThrow(installChromium);
    const result = await cli(['--region', '36', '--data', data, '--out', join(dir, 'x.pdf')], {
      CHROMIUM: join(dir, 'no-chromium'),
    });
    expect(result.code).toBe(1);
    expect(result.err).toContain('apt-get install chromium');
    expect(result.err.trim().split('\n')).toHaveLength(1);
  });

  it('says in one sentence how to build the dashboard when its build is missing', () => {
    const repository = fileURLToPath(new URL('../../../../', import.meta.url));
    const exists = (path: string) => !path.endsWith(join('build', 'index.js')) && existsSync(path);
    expect(() => dashboardServer(join(repository, 'packages/cli/dist/bin.js'), exists)).toThrow(
      /The dashboard is not built .*: build it with `npx -y pnpm@12\.4\.2 --filter @anyam\/dashboard build`/,
    );
    expect(() => dashboardServer('/usr/lib/node_modules/@anyam/cli/dist/bin.js')).toThrow(
      /run it from a clone/,
    );
  });

  it('stops the dashboard server it started when interrupted (SIGINT)', async () => {
    const bin = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
    expect(existsSync(bin), 'build first: pnpm --filter @anyam/cli build').toBe(true);
    const pdf = join(dir, 'interrupted.pdf');
    const child = spawn(
      process.execPath,
      [bin, 'brief', '--region', '36', '--data', data, '--out', pdf],
      {
        stdio: 'ignore',
      },
    );
    const exited = new Promise<NodeJS.Signals | number | null>((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? code)),
    );
    // Wait for the server the command starts: a child process of the command.
    let server: number | null = null;
    for (let i = 0; i < 200 && server === null; i += 1) {
      const found = spawnSync('pgrep', ['-P', String(child.pid)], {
        encoding: 'utf8',
      }).stdout.trim();
      if (found) server = Number(found.split('\n')[0]);
      else await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(server).not.toBeNull();
    child.kill('SIGINT');
    expect(await exited).toBe('SIGINT');
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 100 && alive(server!); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(server!)).toBe(false);
    expect(existsSync(pdf)).toBe(false);
  });
});
