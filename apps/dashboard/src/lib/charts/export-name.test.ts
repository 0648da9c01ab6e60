import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-name.js';

describe('exportFileName', () => {
  it('carries page, chart, region, year and language', () => {
    expect(
      exportFileName({
        page: '/reach',
        chart: 'Jangkauan per wilayah',
        region: '36',
        year: 2025,
        lang: 'id',
      }),
    ).toBe('anyam-reach-jangkauan-per-wilayah-36-2025-id');
  });

  it('names the overview, keeps a district code and drops accents and punctuation', () => {
    expect(
      exportFileName({
        page: '/',
        chart: 'Représentativité (RCA) — “kota”',
        region: '36.03.01',
        year: 2024,
        lang: 'en',
      }),
    ).toBe('anyam-overview-representativite-rca-kota-36.03.01-2024-en');
  });
});
