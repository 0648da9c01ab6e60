import { describe, expect, it } from 'vitest';
import { apiQuery, filterProblems, filterQuery, formatWeights, readFilters } from './filters.js';

describe('readFilters', () => {
  it('reads every filter of a shared link', () => {
    const filters = readFilters(
      new URLSearchParams(
        'region=36.03&year=2023&category=batik&type=training&lang=en&weights=0.4,0.2,0.2,0.2',
      ),
    );
    expect(filters).toEqual({
      region: '36.03',
      year: 2023,
      category: 'batik',
      type: 'training',
      lang: 'en',
      weights: [0.4, 0.2, 0.2, 0.2],
    });
  });

  it('falls back to defaults for values a hand-edited link got wrong', () => {
    const filters = readFilters(
      new URLSearchParams("region=36';--&year=abc&category=plastic&type=x&lang=fr&weights=1,2"),
    );
    expect(filters).toEqual({
      region: '36',
      year: null,
      category: null,
      type: null,
      lang: 'id',
      weights: [0.25, 0.25, 0.25, 0.25],
    });
  });
});

describe('readFilters at the national scope', () => {
  it('reads region=ID as the whole country and keeps it in links', () => {
    const filters = readFilters(new URLSearchParams('region=ID&lang=en'));
    expect(filters.region).toBe('ID');
    expect(filterProblems(new URLSearchParams('region=ID'))).toEqual([]);
    expect(filterQuery(filters, { year: 2024 })).toBe('?region=ID&year=2024&lang=en');
  });
  it('still refuses a code that is neither ID nor a Kemendagri code', () => {
    expect(readFilters(new URLSearchParams('region=id')).region).toBe('36');
    expect(filterProblems(new URLSearchParams('region=IDN'))).toEqual([
      { name: 'region', value: 'IDN' },
    ]);
  });
});

describe('filterQuery', () => {
  it('keeps the other filters and leaves defaults out', () => {
    const filters = readFilters(new URLSearchParams('lang=en&category=batik'));
    expect(filterQuery(filters, { region: '36.03' })).toBe('?region=36.03&category=batik&lang=en');
    expect(filterQuery(filters, { lang: 'id', category: null })).toBe('');
  });

  it('writes weights only when they differ from equal weights', () => {
    const filters = readFilters(new URLSearchParams(''));
    expect(filterQuery(filters, { weights: [0.25, 0.25, 0.25, 0.25] })).toBe('');
    expect(filterQuery(filters, { weights: [0, 0, 0, 1] })).toBe('?weights=0%2C0%2C0%2C1');
  });
});

describe('formatWeights and apiQuery', () => {
  it('round weights for the URL', () => {
    expect(formatWeights([1 / 3, 1 / 3, 1 / 3, 0])).toBe('0.333,0.333,0.333,0');
  });

  it('drops empty parameters', () => {
    expect(apiQuery({ region: '36', year: 2024, category: null, type: '' })).toBe(
      'region=36&year=2024',
    );
  });
});

describe('filterProblems', () => {
  it('names every filter that was refused, with the value given', () => {
    expect(
      filterProblems(
        new URLSearchParams('region=9x&year=abc&category=plastic&type=x&lang=fr&weights=1,2'),
      ),
    ).toEqual([
      { name: 'region', value: '9x' },
      { name: 'year', value: 'abc' },
      { name: 'category', value: 'plastic' },
      { name: 'type', value: 'x' },
      { name: 'lang', value: 'fr' },
      { name: 'weights', value: '1,2' },
    ]);
  });

  it('has nothing to say about good or absent filters', () => {
    expect(filterProblems(new URLSearchParams(''))).toEqual([]);
    expect(
      filterProblems(
        new URLSearchParams(
          'region=36.03&year=2024&category=batik&lang=en&weights=0.4,0.2,0.2,0.2',
        ),
      ),
    ).toEqual([]);
  });
});
