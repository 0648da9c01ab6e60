import { describe, expect, it } from 'vitest';
import { withoutPaths } from './without-paths.js';

describe('withoutPaths', () => {
  it.each([
    [
      'IO Error: No files found that match the pattern "/srv/x.parquet"',
      'IO Error: No files found that match the pattern "[path]"',
    ],
    [
      "Cannot open file '/etc/passwd': Permission denied",
      "Cannot open file '[path]': Permission denied",
    ],
    [
      'ENOENT: no such file or directory, open /tmp/a b/c.json',
      'ENOENT: no such file or directory, open [path] b/c.json',
    ],
    ['allowed_directories=[/data/export/, /tmp]', 'allowed_directories=[[path], [path]]'],
    ['file=/home/u/x.csv (line 3)', 'file=[path] (line 3)'],
    ['C:\\Users\\x\\data.csv is missing', '[path] is missing'],
  ])('takes the path out of %j', (message, expected) => {
    expect(withoutPaths(message, [])).toBe(expected);
  });

  it('names the dataset folder ANYAM_DATA, inside folders first', () => {
    expect(
      withoutPaths('/srv/anyam/data/manifest.json: created_by.command is missing', [
        ['/srv/anyam', '[path]'],
        ['/srv/anyam/data', 'ANYAM_DATA'],
      ]),
    ).toBe('ANYAM_DATA/manifest.json: created_by.command is missing');
    expect(withoutPaths('a folder with spaces /my data/x.csv', [['/my data', 'ANYAM_DATA']])).toBe(
      'a folder with spaces ANYAM_DATA/x.csv',
    );
  });

  it('leaves sentences without paths as they are', () => {
    for (const message of [
      'year must be a whole year, such as 2024.',
      'Send {"sql": "SELECT 1"} with Content-Type: application/json.',
      'See https://example.org/docs and/or 1/2 of the rows.',
      'Lists are ;-separated: halal;sni',
    ])
      expect(withoutPaths(message, [])).toBe(message);
  });
});
