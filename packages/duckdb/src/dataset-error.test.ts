import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError } from './dataset-error.js';
import { openDataset } from './open-dataset.js';

describe('DatasetError', () => {
  it('carries the code ANYAM_DATASET, on the class and on each error', () => {
    const error = new DatasetError('There is no dataset at /x.', '/x');
    expect(DatasetError.code).toBe('ANYAM_DATASET');
    expect(error.code).toBe('ANYAM_DATASET');
    expect(error.path).toBe('/x');
  });

  it('is what opening a missing dataset throws, recognisable by its code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'anyam-dataset-error-'));
    try {
      const thrown = await openDataset(join(dir, 'missing')).catch((error: unknown) => error);
      expect((thrown as { code?: unknown }).code).toBe('ANYAM_DATASET');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
