import { describe, expect, it } from 'vitest';
import { asParameterMessage } from './api-error.js';
import { queryObject } from './params.js';

describe('queryObject', () => {
  it('returns the known parameters', () => {
    expect(queryObject(new URLSearchParams('region=36&year=2024'), ['region', 'year'])).toEqual({
      region: '36',
      year: '2024',
    });
  });

  it('refuses unknown and repeated parameters with one sentence', () => {
    expect(() => queryObject(new URLSearchParams('regoin=36'), ['region'])).toThrow(
      'Unknown parameter "regoin": use region.',
    );
    expect(() => queryObject(new URLSearchParams('year=1&year=2'), ['year'])).toThrow(
      'Parameter "year" is given more than once.',
    );
  });
});

describe('asParameterMessage', () => {
  it('names query parameters instead of CLI flags', () => {
    expect(asParameterMessage('--year must be a whole year, not "x"; --from too.')).toBe(
      'year must be a whole year, not "x"; from too.',
    );
  });
});
