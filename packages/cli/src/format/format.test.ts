import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text.js';
import { formatBytes } from './format-bytes.js';
import { csvField, formatCsv } from './format-csv.js';
import { formatJson } from './format-json.js';
import { formatTable } from './format-table.js';

const result = {
  columns: ['code', 'n', 'tags'],
  types: ['VARCHAR', 'BIGINT', 'VARCHAR[]'],
  rows: [
    ['36.01', 7, ['halal']],
    ['36.03', 12, null],
  ],
};

describe('formatTable', () => {
  it('aligns columns, right-aligns numbers and counts rows', () => {
    expect(formatTable(result)).toBe(
      'code    n  tags\n-----  --  -------\n36.01   7  [halal]\n36.03  12  NULL\n(2 rows)\n',
    );
  });

  it('prints the header of an empty result', () => {
    expect(formatTable({ columns: ['x'], types: ['INTEGER'], rows: [] })).toBe('x\n-\n(0 rows)\n');
  });
});

describe('cellText', () => {
  it('keeps one line per cell', () => {
    expect(cellText('a\nb')).toBe('a b');
    expect(cellText({ k: 1 })).toBe('{"k":1}');
    expect(cellText(false)).toBe('false');
  });
});

describe('formatCsv', () => {
  it('writes RFC 4180 with CRLF and quotes only where needed', () => {
    expect(formatCsv(result)).toBe('code,n,tags\r\n36.01,7,halal\r\n36.03,12,\r\n');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(['a', 'b;c'])).toBe('"a;b;c"');
  });

  it('writes text a spreadsheet would run as a formula as text, numbers as they are', () => {
    const csv = formatCsv({
      columns: ['name', 'delta', 'note'],
      types: ['VARCHAR', 'DOUBLE', 'VARCHAR'],
      rows: [['=HYPERLINK("http://x","klik")', -12.5, '@SUM(A1)']],
    });
    expect(csv).toBe(`name,delta,note\r\n"'=HYPERLINK(""http://x"",""klik"")",-12.5,'@SUM(A1)\r\n`);
    expect(csvField(['-1', '+62'])).toBe(`"'-1;+62"`);
    expect(csvField('-3')).toBe('-3');
  });
});

describe('formatJson', () => {
  it('writes an array of objects and keeps repeated column names apart', () => {
    expect(
      JSON.parse(
        formatJson({ columns: ['n', 'n'], types: ['INTEGER', 'INTEGER'], rows: [[1, 2]] }),
      ),
    ).toEqual([{ n: 1, n_2: 2 }]);
    expect(JSON.parse(formatJson(result))).toEqual([
      { code: '36.01', n: 7, tags: ['halal'] },
      { code: '36.03', n: 12, tags: null },
    ]);
  });
});

describe('formatBytes', () => {
  it('uses powers of 1000', () => {
    expect(formatBytes(950)).toBe('950 B');
    expect(formatBytes(1_234_567)).toBe('1.2 MB');
    expect(formatBytes(2_500)).toBe('2.5 kB');
  });
});
