import { describe, expect, it } from 'vitest';
import type { Command } from './command.js';
import { fail } from './cli-error.js';
import { generalHelp, main } from './main.js';
import { captureIo } from './testing-io.js';

describe('main', () => {
  it('prints the general help for --help, -h and help, listing every command', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const io = captureIo();
      expect(await main(argv, io)).toBe(0);
      expect(io.out()).toBe(generalHelp());
      expect(io.out()).toMatch(/\n {2}generate {2}/);
      expect(io.out()).toMatch(/\n {2}query +Run DuckDB SQL/);
    }
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    const io = captureIo();
    expect(await main([], io)).toBe(2);
    expect(io.err()).toContain('Usage: anyam COMMAND');
    expect(io.out()).toBe('');
  });

  it('prints a command help for `help CMD` and `CMD --help`, even with other flags', async () => {
    const a = captureIo();
    const b = captureIo();
    expect(await main(['help', 'query'], a)).toBe(0);
    expect(await main(['query', 'SELECT 1', '--bogus', '--help'], b)).toBe(0);
    expect(a.out()).toMatch(/^Usage: anyam query "SQL"/);
    expect(b.out()).toBe(a.out());
  });

  it('rejects an unknown command in one sentence with exit 2', async () => {
    const io = captureIo();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toBe(
      'anyam: unknown command "frobnicate"; run `anyam --help` for the list of commands.\n',
    );
  });

  it('rejects an unknown flag, a missing value and a bad choice with exit 2', async () => {
    const unknown = captureIo();
    expect(await main(['query', 'SELECT 1', '--fromat', 'csv'], unknown)).toBe(2);
    expect(unknown.err()).toBe(
      'anyam query: Unknown option --fromat; run `anyam query --help` for the options.\n',
    );
    const missing = captureIo();
    expect(await main(['generate', '--seed'], missing)).toBe(2);
    expect(missing.err()).toBe(
      'anyam generate: Option --seed needs a value; run `anyam generate --help` for the options.\n',
    );
    const choice = captureIo();
    expect(await main(['query', 'SELECT 1', '--format', 'xml'], choice)).toBe(2);
    expect(choice.err()).toBe(
      'anyam query: --format must be one of table, csv, json, got "xml".\n',
    );
  });

  it('turns a command failure into one line on stderr with its exit status', async () => {
    const broken: Command = {
      name: 'broken',
      summary: 's',
      help: 'h',
      run: async () => fail('The thing is broken.'),
    };
    const crashing: Command = {
      name: 'crashing',
      summary: 's',
      help: 'h',
      run: async () => Promise.reject(new Error('Boom\nstack-ish detail')),
    };
    const a = captureIo();
    const b = captureIo();
    expect(await main(['broken'], a, [broken])).toBe(1);
    expect(a.err()).toBe('anyam broken: The thing is broken.\n');
    expect(await main(['crashing'], b, [crashing])).toBe(1);
    expect(b.err()).toBe('anyam crashing: Boom\n');
  });
});
