import { describe, expect, it } from 'vitest';
import { regionProductScoresSql } from './region-product-scores-sql.js';

const derived = { firstYear: 2021, lastYear: 2025 };

describe('regionProductScoresSql', () => {
  it('ranks the assessments itself, reading $to, without derived tables or off a year-end', () => {
    for (const options of [
      { to: '2024-12-31' },
      { to: '2024-06-30', derived },
      { to: '2026-12-31', derived },
    ]) {
      const { sql, readsDate } = regionProductScoresSql(options);
      expect(readsDate).toBe(true);
      expect(sql).toContain('FROM assessments');
      expect(sql).toContain('$to');
    }
  });

  it('reads product_years at a covered year-end, by year only and within the region range', () => {
    const { sql, readsDate } = regionProductScoresSql({ to: '2024-12-31', derived });
    expect(readsDate).toBe(false);
    expect(sql).toContain('FROM product_years');
    expect(sql).toContain("region_code < ($region || '/')");
    expect(sql).not.toMatch(/\$to\b/);
  });

  it('reads product_points when the dataset holds it', () => {
    const { sql, readsDate } = regionProductScoresSql({
      to: '2024-12-31',
      derived: { ...derived, laterTables: ['product_points'] },
    });
    expect(readsDate).toBe(false);
    expect(sql).toContain('FROM product_points');
  });
});
