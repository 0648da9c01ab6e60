import { describe, expect, it } from 'vitest';
import { yearsLabel } from './years-label.js';

describe('yearsLabel', () => {
  it('joins the first and last year, or gives one year alone', () => {
    expect(yearsLabel('2021-01-28', '2025-12-31')).toBe('2021–2025');
    expect(yearsLabel('2025-02-01', '2025-12-31')).toBe('2025');
    expect(yearsLabel(null, '2025-12-31')).toBeNull();
  });
});
