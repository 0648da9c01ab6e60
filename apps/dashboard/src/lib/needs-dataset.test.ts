import { describe, expect, it } from 'vitest';
import { pageNeedsDataset } from './needs-dataset.js';

describe('pageNeedsDataset', () => {
  it('is true for the pages of figures', () => {
    for (const path of ['/', '/reach', '/network', '/brief', '/sql', '/data', '/administration'])
      expect(pageNeedsDataset(path), path).toBe(true);
  });
  it('is false for the accounts pages and what lies under them', () => {
    for (const path of ['/login', '/admin', '/submit', '/admin/accounts'])
      expect(pageNeedsDataset(path), path).toBe(false);
  });
});
