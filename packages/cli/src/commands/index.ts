// Every subcommand of `anyam`, in the order `anyam --help` lists them: add a command with one line.
import type { Command } from '../command.js';
import * as generate from './generate.js';
import * as importFiles from './import.js';
import * as validate from './validate.js';
import * as query from './query.js';
import * as metrics from './metrics.js';
import * as template from './template.js';
import * as users from './users.js';

export const commands: readonly Command[] = [
  generate,
  importFiles,
  validate,
  template,
  query,
  metrics,
  users,
];
