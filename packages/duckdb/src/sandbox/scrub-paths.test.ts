import { describe, expect, it } from 'vitest';
import { scrubPaths, scrubValue, type PathMask } from './scrub-paths.js';

const masks: PathMask[] = [
  { path: '/srv/data/export', as: 'the dataset folder' },
  { path: '/tmp/anyam-sandbox-*', as: 'the sandbox' },
];

describe('scrubPaths', () => {
  it('leaves a file under a masked folder as its relative name', () => {
    expect(scrubPaths('Cannot open "/srv/data/export/councils.parquet"', masks)).toBe(
      'Cannot open "councils.parquet"',
    );
    expect(scrubPaths("['/srv/data/export/participations/year=2020/a.parquet']", masks)).toBe(
      "['participations/year=2020/a.parquet']",
    );
  });

  it('names a bare folder by what it is', () => {
    expect(scrubPaths('allowed: [/srv/data/export/]', masks)).toBe('allowed: [the dataset folder]');
    expect(scrubPaths('at /tmp/anyam-sandbox-Ab12_x/views.duckdb', masks)).toBe('at views.duckdb');
    expect(scrubPaths('in /tmp/anyam-sandbox-Ab12_x', masks)).toBe('in the sandbox');
  });

  it('leaves other text alone', () => {
    expect(scrubPaths('SELECT 1 /srv/data/exports', masks)).toBe('SELECT 1 the dataset folders');
    expect(scrubPaths('no paths here', masks)).toBe('no paths here');
  });
});

describe('scrubValue', () => {
  it('scrubs strings inside lists and structs', () => {
    expect(
      scrubValue({ '/srv/data/export/k': ['/srv/data/export/a.parquet', 1, null] }, masks),
    ).toEqual({ k: ['a.parquet', 1, null] });
  });
});
