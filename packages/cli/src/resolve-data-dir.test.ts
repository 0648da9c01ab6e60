import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './resolve-data-dir.js';

describe('resolveDataDir', () => {
  it('takes the flag, else $ANYAM_DATA, else data/export, against the working directory', () => {
    expect(resolveDataDir('x', { ANYAM_DATA: '/srv/anyam' }, '/home/ana')).toBe('/home/ana/x');
    expect(resolveDataDir(undefined, { ANYAM_DATA: '/srv/anyam' }, '/home/ana')).toBe('/srv/anyam');
    expect(resolveDataDir(undefined, { ANYAM_DATA: '' }, '/repo')).toBe('/repo/data/export');
    expect(resolveDataDir(undefined, {}, '/repo')).toBe('/repo/data/export');
  });
});
