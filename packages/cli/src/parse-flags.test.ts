import { describe, expect, it } from 'vitest';
import { parseChoice, parseWholeNumber } from './parse-flags.js';

describe('parseWholeNumber', () => {
  it('reads whole numbers within range and names the flag otherwise', () => {
    expect(parseWholeNumber('--seed', '42')).toBe(42);
    expect(() => parseWholeNumber('--seed', '4.2')).toThrow(
      '--seed must be a whole number, got "4.2".',
    );
    expect(() => parseWholeNumber('--to-year', '3000', { min: 1990, max: 2100 })).toThrow(
      '--to-year must be between 1990 and 2100, got 3000.',
    );
  });
});

describe('parseChoice', () => {
  it('accepts a listed value only', () => {
    expect(parseChoice('--format', 'json', ['table', 'csv', 'json'])).toBe('json');
    expect(() => parseChoice('--format', 'JSON', ['table', 'csv', 'json'])).toThrow(
      '--format must be one of table, csv, json, got "JSON".',
    );
  });
});
