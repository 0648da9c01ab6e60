import { describe, expect, it } from 'vitest';
import { isTableFile, parseManifest } from './manifest.js';

describe('isTableFile', () => {
  it('accepts only the file names a dataset writes for the table', () => {
    expect(isTableFile('councils', 'councils.parquet')).toBe(true);
    expect(isTableFile('councils', 'enterprises.parquet')).toBe(false);
    expect(isTableFile('councils', '/etc/councils.parquet')).toBe(false);
    expect(isTableFile('participations', 'participations/year=2024/data_0.parquet')).toBe(true);
    expect(isTableFile('participations', 'participations/year=2024/../../x.parquet')).toBe(false);
    expect(isTableFile('participations', 'participations.parquet')).toBe(false);
    expect(isTableFile('regions', 'regions.parquet')).toBe(true);
  });
});

describe('parseManifest', () => {
  const base = {
    format_version: 1,
    created_by: { command: 'generate', seed: 42 },
    created_at: '2026-01-01T00:00:00.000Z',
  };

  it('returns the known tables with their row counts and files', () => {
    const manifest = parseManifest(
      JSON.stringify({
        ...base,
        tables: { councils: { rows: 2, files: ['councils.parquet'] }, other: { rows: 1 } },
      }),
      '/d',
    );
    expect(manifest).toEqual({
      ...base,
      tables: { councils: { rows: 2, files: ['councils.parquet'] } },
    });
  });

  it('names the field at fault', () => {
    expect(() =>
      parseManifest(
        JSON.stringify({ ...base, tables: { councils: { rows: -1, files: [] } } }),
        '/d',
      ),
    ).toThrow(
      '/d/manifest.json is not an Anyam manifest: tables.councils.rows is not a row count.',
    );
    expect(() =>
      parseManifest(JSON.stringify({ ...base, created_at: 'yesterday', tables: {} }), '/d'),
    ).toThrow('/d/manifest.json is not an Anyam manifest: created_at is not an ISO date and time.');
    expect(() => parseManifest('[]', '/d')).toThrow(
      '/d/manifest.json is not an Anyam manifest: it is not a JSON object.',
    );
    expect(() => parseManifest('{}', '/d')).toThrow(
      '/d/manifest.json has format_version null, but this version',
    );
  });
});
