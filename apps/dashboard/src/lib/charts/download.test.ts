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
});
