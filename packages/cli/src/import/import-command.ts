import { isAbsolute, relative, resolve } from 'node:path';
import type { Lang } from '@anyam/core';
import { usageError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { createProgress } from '../progress.js';
import { resolveDataDir } from '../resolve-data-dir.js';
import { runImport } from './run-import.js';

/** Whether `inner` is `outer` or lies inside it. */
function isInside(inner: string, outer: string): boolean {
  const path = relative(outer, inner);
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

/**
 * What `anyam import` and `anyam validate` share: read the arguments, run the import with
 * progress on a terminal, print the summary (stdout) or the refusal (stderr), return the status.
 *
 *     await importCommand('validate', ['councils/pandeglang'], io) // 0, 1 or 2
 */
export async function importCommand(
  command: 'import' | 'validate',
  args: readonly string[],
  io: CliIo,
  help: string,
): Promise<number> {
  const common = {
    report: { type: 'string' },
    lang: { type: 'string' },
    help: { type: 'boolean' },
  } as const;
  const { values, positionals } =
    command === 'import'
      ? parseCommandArgs(command, args, { ...common, out: { type: 'string' } } as const, true)
      : parseCommandArgs(command, args, common, true);
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (positionals.length === 0)
    usageError(
      `anyam ${command} needs at least one input folder; run \`anyam ${command} --help\` for the usage.`,
    );
  const lang = (values.lang ?? 'id') as string;
  if (lang !== 'id' && lang !== 'en') usageError(`--lang must be id or en, got "${lang}".`);
  const cwd = io.cwd ?? process.cwd();
  const inputs = positionals.map((folder) => resolve(cwd, folder));
  const reportDir = resolve(
    cwd,
    typeof values.report === 'string' ? values.report : 'import-report',
  );
  const outFlag = 'out' in values && typeof values.out === 'string' ? values.out : undefined;
  const out =
    command === 'import' ? resolveDataDir(outFlag, io.env ?? process.env, cwd) : undefined;
  if (out !== undefined) {
    if (isInside(reportDir, out))
      usageError(
        `The report folder ${reportDir} is inside the dataset ${out}; choose a --report outside it.`,
      );
    for (const input of inputs) {
      if (isInside(input, out) || isInside(out, input))
        usageError(
          `The dataset ${out} and the input folder ${input} overlap; choose another --out.`,
        );
    }
  }
  const progress = createProgress(io);
  try {
    const result = await runImport({
      inputs,
      out,
      reportDir,
      lang: lang as Lang,
      onProgress: (text) => progress.update(text),
    });
    progress.done();
    const stream = result.exitCode === 2 ? io.stderr : io.stdout;
    for (const line of result.lines) stream.write(`${line}\n`);
    return result.exitCode;
  } finally {
    progress.done();
  }
}
