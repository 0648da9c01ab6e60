import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './cli-error.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** The parsed flags (strings, or booleans for boolean options) and the positional arguments. */
export interface ParsedCommandArgs<T extends Options> {
  readonly values: { readonly [K in keyof T]?: T[K]['type'] extends 'boolean' ? boolean : string };
  readonly positionals: string[];
}

/**
 * `parseArgs` in strict mode, with node's long messages turned into one sentence and exit status 2.
 *
 *     parseCommandArgs('query', ['SELECT 1', '--format', 'csv'], { format: { type: 'string' } }, true)
 *     // { values: { format: 'csv' }, positionals: ['SELECT 1'] }
 *     parseCommandArgs('query', ['--fromat', 'csv'], { format: { type: 'string' } }, true)
 *     // throws CliError: 'Unknown option --fromat; run `anyam query --help` for the options.'
 */
export function parseCommandArgs<const T extends Options>(
  command: string,
  args: readonly string[],
  options: T,
  allowPositionals: boolean,
): ParsedCommandArgs<T> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals,
      strict: true,
    });
    return { values: values as ParsedCommandArgs<T>['values'], positionals };
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1];
    const help = `run \`anyam ${command} --help\` for the options`;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      usageError(`Unknown option ${option ?? ''}; ${help}.`);
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      usageError(`Option ${option ?? ''} needs a value; ${help}.`);
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      usageError(
        `Unexpected argument "${/'([^']*)'/.exec(message)?.[1] ?? ''}": anyam ${command} takes only options; ${help}.`,
      );
    }
    usageError(`${message.split('\n')[0]}`);
  }
}
