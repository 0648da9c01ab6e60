import { writeFile, rename } from 'node:fs/promises';
import { dirname, basename, join, resolve } from 'node:path';
import { fail, usageError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { templateBytes, UnknownCouncil } from '../template/build-template.js';

export const name = 'template';
export const summary =
  'Write the import workbook a council fills in, with dropdowns for every list.';
export const help = `Usage: anyam template [--council ID] [--lang id|en] --out FILE.xlsx

Writes an Excel workbook with an instructions sheet and one sheet per table (councils.csv ...
outcomes.csv as sheets, row 1 the column names). Every enumeration column (craft category,
program type, gender, ...) has a dropdown of its Indonesian labels, which the import accepts;
region code columns a dropdown of the council's region codes; dates, numbers and codes have
formats that read back unchanged. A filled-in template imports with \`anyam import\` as it is.

Options:
  --council ID   the council (e.g. DKR-36.01): its own councils row is filled in, and the region
                 lists hold its region and the regions inside it
  --lang id|en   the language of the instructions (default id)
  --out FILE     the .xlsx file to write
  --help         show this help

Exit status: 0 written, 1 the file could not be written, 2 bad arguments.

Example: anyam template --council DKR-36.01 --out pandeglang.xlsx`;

export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs(
    'template',
    args,
    {
      council: { type: 'string' },
      lang: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean' },
    },
    false,
  );
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  const lang = values.lang ?? 'id';
  if (lang !== 'id' && lang !== 'en') usageError(`--lang must be id or en, got "${lang}".`);
  if (values.out === undefined) usageError('anyam template needs --out FILE.xlsx.');
  if (!values.out.toLowerCase().endsWith('.xlsx'))
    usageError(`--out must name an .xlsx file, got "${values.out}".`);
  let bytes: Uint8Array;
  try {
    bytes = await templateBytes({ councilId: values.council ?? null, lang });
  } catch (error) {
    if (error instanceof UnknownCouncil) usageError(error.message);
    throw error;
  }
  const out = resolve(io.cwd ?? process.cwd(), values.out);
  // Written beside the target and renamed, so an interrupted run leaves no half a workbook.
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, out);
  } catch {
    fail(`Cannot write ${out}: check that its folder exists and may be written to.`);
  }
  io.stdout.write(`${out}\n`);
  return 0;
}
