import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LazyCommand } from './commands/index.js';
import { main } from './main.js';
import { captureIo } from './testing-io.js';

const packageVersion = JSON.parse(
  readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
).version;

/** A listed command that records whether it was loaded. */
function lazyCommand(name: string, loaded: string[]): LazyCommand {
  return {
    name,
    summary: `The ${name} command.`,
    load: async () => {
      loaded.push(name);
      return {
        name,
        summary: `The ${name} command.`,
        help: `Usage: anyam ${name}`,
        run: async () => 0,
      };
    },
  };
}

describe('main with lazily loaded commands', () => {
  it('prints the package version for --version and -v', async () => {
    for (const argv of [['--version'], ['-v']]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toBe(`${packageVersion}\n`);
    }
  });

  it('lists the commands for --help without loading any', async () => {
    const loaded: string[] = [];
    const io = captureIo();
    const commands = [lazyCommand('alpha', loaded), lazyCommand('beta', loaded)];
    expect(await main(['--help'], io, commands)).toBe(0);
    expect(io.out()).toMatch(/\n {2}alpha {2}The alpha command\./);
    expect(loaded).toEqual([]);
  });

  it('loads only the command asked for, for its help or to run it', async () => {
    const loaded: string[] = [];
    const commands = [lazyCommand('alpha', loaded), lazyCommand('beta', loaded)];
    expect(await main(['help', 'beta'], captureIo(), commands)).toBe(0);
    expect(await main(['beta'], captureIo(), commands)).toBe(0);
    expect(loaded).toEqual(['beta', 'beta']);
  });
});
