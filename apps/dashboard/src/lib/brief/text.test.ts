import { describe, expect, it } from 'vitest';
import { briefText, briefTextKeys } from './text.js';

describe('briefText', () => {
  it('fills placeholders with numbers already formatted', () => {
    expect(briefText('en', 'vs', { year: 2024 })).toBe('vs 2024');
    expect(briefText('id', 'reachCompletion', { rate: '85,3%' })).toBe(
      '85,3% keikutsertaan diselesaikan sampai tuntas.',
    );
  });

  it('has the same placeholders in Indonesian and English for every text', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    // An unfilled placeholder stays as it is, so both languages can be compared raw.
    expect(briefTextKeys.length).toBeGreaterThan(100);
    for (const key of briefTextKeys)
      expect(placeholders(briefText('en', key)), key).toEqual(placeholders(briefText('id', key)));
  });
});
