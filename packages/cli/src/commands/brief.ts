import { resolve } from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { fail, usageError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { parseWholeNumber } from '../parse-flags.js';
import { createProgress } from '../progress.js';
import { resolveDataDir } from '../resolve-data-dir.js';
import { chromiumPath } from '../brief/find-chromium.js';
import { dashboardServer } from '../brief/find-dashboard.js';
import { printBrief } from '../brief/print-brief.js';
import { startDashboard, type Dashboard } from '../brief/start-dashboard.js';

export const name = 'brief';
export const summary = 'Print the regional brief of a province or regency to an A4 PDF.';
export const help = `Usage: anyam brief --region CODE [--year Y] [--lang id|en] [--data DIR] --out FILE.pdf

Prints the dashboard's regional brief (/brief) to an A4 PDF: a cover with the region, year and
dataset version, then reach and who is left out, competitiveness and the strongest crafts,
study visits and what followed them, programs and their cost, the long-term impact with its
pre-trend check, whom to visit next, and a methods page. Numbers are those of the dashboard's
API, small cells suppressed. It starts the dashboard's built server (apps/dashboard/build) on
a free loopback port over the dataset and prints with the system's Chromium ($CHROMIUM,
/usr/bin/chromium, ...), then stops both.

Options:
  --region CODE  the province or regency, a Kemendagri code such as 36 or 36.03
  --year Y       the year (default: the latest year with a participation)
  --lang id|en   the language of the brief (default id)
  --data DIR     the dataset (default $ANYAM_DATA, else data/export)
  --out FILE     the .pdf file to write
  --help         show this help

Exit status: 0 written, 1 the brief could not be made, 2 bad arguments.

Example: anyam brief --region 36.03 --year 2024 --lang en --out tangerang-2024.pdf`;

const codePattern = /^\d{2}(\.\d{2}){0,2}$/;

/** Asks the running dashboard whether it knows the region; an unknown one is a bad argument. */
async function checkRegion(dashboard: Dashboard, region: string): Promise<void> {
  const response = await fetch(`${dashboard.url}/api/regions?region=${encodeURIComponent(region)}`);
  if (response.status === 400) {
    const body = (await response.json()) as { error?: string };
    usageError(`--region: ${body.error ?? `${region} is not in the dataset's region reference.`}`);
  }
  await response.body?.cancel();
}

/** The dataset's years, from /api/health; a year outside them is a bad argument. */
async function checkYear(dashboard: Dashboard, year: number | null): Promise<void> {
  if (year === null) return;
  const response = await fetch(`${dashboard.url}/api/health`);
  const body = (await response.json()) as {
    dataset?: { first_year?: number | null; last_year?: number | null };
  };
  const first = body.dataset?.first_year;
  const last = body.dataset?.last_year;
  if (typeof first === 'number' && typeof last === 'number' && (year < first || year > last))
    usageError(
      `--year must be between ${first} and ${last}, the years of the dataset, got ${year}.`,
    );
}

/**
 * `anyam brief ...`: checks the flags (exit 2 before anything starts), finds the built dashboard
 * and Chromium, starts the server over the dataset, prints /brief to the PDF and stops the server
 * and the browser, on success, on error and on Ctrl-C alike.
 *
 *     await run(['--region', '36', '--out', 'banten.pdf'], io) // 0; stdout: '/abs/banten.pdf'
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    name,
    args,
    {
      region: { type: 'string' },
      year: { type: 'string' },
      lang: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (values.region === undefined)
    usageError('anyam brief needs --region CODE, such as 36 or 36.03.');
  if (!codePattern.test(values.region))
    usageError(`--region must be a Kemendagri code such as 36 or 36.03, got "${values.region}".`);
  const year =
    values.year === undefined
      ? null
      : parseWholeNumber('--year', values.year, { min: 1900, max: 2100 });
  const lang = values.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') usageError(`--lang must be id or en, got "${lang}".`);
  if (values.out === undefined) usageError('anyam brief needs --out FILE.pdf.');
  if (!values.out.toLowerCase().endsWith('.pdf'))
    usageError(`--out must name a .pdf file, got "${values.out}".`);
  const env = io.env ?? process.env;
  const cwd = io.cwd ?? process.cwd();
  const out = resolve(cwd, values.out);
  const outFolder = resolve(out, '..');
  if (!existsSync(outFolder) || !statSync(outFolder).isDirectory())
    usageError(`--out: the folder ${outFolder} does not exist.`);
  const dataDir = resolveDataDir(values.data, env, cwd);
  if (!existsSync(resolve(dataDir, 'manifest.json')))
    fail(
      `There is no dataset at ${dataDir} (no manifest.json): give --data DIR, or make one with \`anyam generate\`.`,
    );
  const entry = dashboardServer();
  const chromium = chromiumPath(env);

  const progress = createProgress(io);
  let stopServer: (() => Promise<void>) | null = null;
  let browser: Browser | null = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await stopServer?.();
  };
  // Ctrl-C while printing: the server and the browser are stopped before the process ends.
  const onSignal = (signal: NodeJS.Signals) => {
    progress.done();
    void cleanUp().finally(() => process.kill(process.pid, signal));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    progress.update('Starting the dashboard');
    const dashboard = await startDashboard(entry, dataDir, env, (stop) => (stopServer = stop));
    await checkRegion(dashboard, values.region);
    await checkYear(dashboard, year);
    await printBrief({
      url: dashboard.url,
      region: values.region,
      year,
      lang,
      out,
      chromium,
      step: (text) => progress.update(text),
      onBrowser: (running) => (browser = running),
    });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    progress.done();
    await cleanUp();
  }
  io.stdout.write(`${out}\n`);
  return 0;
}
