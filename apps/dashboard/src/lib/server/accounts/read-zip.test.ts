import { describe, expect, it } from 'vitest';
import { readZip, safeEntryName } from './read-zip.js';
import { makeZip } from './zip-fixture.test-support.js';

const limits = { maxEntries: 100, maxBytes: 1_000_000 };

describe('readZip', () => {
  it('reads the files of an archive', () => {
    const zip = makeZip([
      { name: 'pandeglang/councils.csv', bytes: 'council_id,region_code,name\n' },
      { name: 'pandeglang/', bytes: '' },
    ]);
    const entries = readZip(zip, limits);
    expect(entries.map((e) => [e.name, Buffer.from(e.bytes).toString()])).toEqual([
      ['pandeglang/councils.csv', 'council_id,region_code,name\n'],
    ]);
  });

  it('stops a zip bomb at the limit, whatever size its header claims', () => {
    const bomb = makeZip([
      { name: 'councils.csv', bytes: new Uint8Array(5_000_000), claimSize: 10 },
    ]);
    expect(bomb.length).toBeLessThan(10_000);
    expect(() => readZip(bomb, limits)).toThrow(
      'The zip inflates to more than 1 MB; send a smaller one.',
    );
  });

  it('refuses entry names that leave the folder', () => {
    for (const name of [
      '../councils.csv',
      'a/../../councils.csv',
      '/etc/passwd',
      'C:/x.csv',
      'a\\..\\b.csv',
    ]) {
      expect(() => readZip(makeZip([{ name, bytes: 'x' }]), limits)).toThrow(/leaves its folder/);
    }
  });

  it('refuses too many entries, and bytes that are not a zip, in one sentence', () => {
    const many = makeZip(
      Array.from({ length: 101 }, (_, i) => ({ name: `f${i}.csv`, bytes: 'x' })),
    );
    expect(() => readZip(many, limits)).toThrow(
      'The zip holds 101 entries; a submission holds the 13 CSV files only.',
    );
    expect(() => readZip(new TextEncoder().encode('PK\u0003\u0004 not really'), limits)).toThrow(
      'The file is not a zip archive Anyam can read: it has no central directory.',
    );
    const cut = makeZip([{ name: 'councils.csv', bytes: 'a'.repeat(1000) }]);
    expect(() => readZip(cut.subarray(0, cut.length - 30), limits)).toThrow(/not a zip archive/);
  });
});

describe('safeEntryName', () => {
  it('accepts plain relative paths only', () => {
    expect(safeEntryName('councils.csv')).toBe(true);
    expect(safeEntryName('a/b/councils.csv')).toBe(true);
    expect(safeEntryName('./councils.csv')).toBe(false);
    expect(safeEntryName('x\u0000.csv')).toBe(false);
  });
});
