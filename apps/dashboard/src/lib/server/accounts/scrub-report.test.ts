import { describe, expect, it } from 'vitest';
import { scrubJson, scrubPaths } from './scrub-report.js';

describe('scrubPaths', () => {
  it('names files as the steward sent them, never by a server path', () => {
    const dir = '/srv/state/submissions/S-20261201-0a1b2c3d/files';
    expect(scrubPaths(`${dir}/workbook.xlsx [programs]`, dir, 'lebak.xlsx')).toBe(
      'lebak.xlsx [programs]',
    );
    expect(scrubPaths(`${dir}/councils.csv`, dir, 'lebak.zip')).toBe('councils.csv');
    expect(scrubPaths(`${dir} is missing outcomes.csv`, dir, 'lebak.zip')).toBe(
      'lebak.zip is missing outcomes.csv',
    );
  });

  it('scrubs every string of a report', () => {
    const dir = '/srv/s/files';
    const report = { inputs: [dir], problems: [{ file: `${dir}/artisans.csv`, line: 3 }] };
    expect(scrubJson(report, dir, 'data "1".zip')).toEqual({
      inputs: ['data "1".zip'],
      problems: [{ file: 'artisans.csv', line: 3 }],
    });
  });
});
