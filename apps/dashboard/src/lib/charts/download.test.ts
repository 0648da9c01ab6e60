import { describe, expect, it } from 'vitest';
import { tableCsv } from './download.js';

describe('tableCsv', () => {
  it('writes numbers unformatted, quotes text with separators, and marks suppressed cells', () => {
    const csv = tableCsv(
      {
        columns: [
          { key: 'region', label: 'Wilayah' },
          { key: 'reach_rate', label: 'Tingkat', kind: 'percent' },
          { key: 'reached', label: 'Terjangkau', kind: 'count' },
        ],
        rows: [
          { region: 'Kab. Lebak', reach_rate: 0.342, reached: 389, suppressed: [] },
          {
            region: 'Sumur, "kota"',
            reach_rate: null,
            reached: null,
            suppressed: ['reached', 'reach_rate'],
          },
          { region: 'Cijaku', reach_rate: null, reached: 0, suppressed: [] },
        ],
      },
      'id',
    );
    expect(csv).toBe(
      'Wilayah,Tingkat,Terjangkau\r\nKab. Lebak,0.342,389\r\n"Sumur, ""kota""",< 5,< 5\r\nCijaku,,0\r\n',
    );
  });

  it('writes names a spreadsheet would run as a formula as text, and keeps negative numbers', () => {
    const csv = tableCsv(
      {
        columns: [
          { key: 'name', label: '=cmd' },
          { key: 'change', label: 'Perubahan', kind: 'count' },
        ],
        rows: [
          { name: '=HYPERLINK("http://x","klik")', change: -12.5 },
          { name: '@SUM(A1)', change: -3 },
        ],
      },
      'id',
    );
    expect(csv).toBe(
      `'=cmd,Perubahan\r\n"'=HYPERLINK(""http://x"",""klik"")",-12.5\r\n'@SUM(A1),-3\r\n`,
    );
  });
});
