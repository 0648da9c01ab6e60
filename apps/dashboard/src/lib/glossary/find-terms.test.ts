import { describe, expect, it } from 'vitest';
import { findTerms } from './find-terms.js';
import { glossary } from './terms.js';

describe('findTerms', () => {
  it('marks the first mention of each term and keeps the text whole', () => {
    const text = 'Galat baku kohort 2023 dan kohort 2024';
    const pieces = findTerms(text, 'id');
    expect(pieces).toEqual([
      { text: 'Galat baku', term: 'galat-baku' },
      { text: ' ' },
      { text: 'kohort', term: 'kohort' },
      { text: ' 2023 dan kohort 2024' },
    ]);
    expect(pieces.map((piece) => piece.text).join('')).toBe(text);
  });

  it('prefers the longest way of writing a term', () => {
    const pieces = findTerms('Garis: selang kepercayaan 95%.', 'id');
    expect(pieces.find((piece) => piece.term)).toEqual({
      text: 'selang kepercayaan 95%',
      term: 'selang-kepercayaan',
    });
  });

  it('matches whole words only, whatever their case', () => {
    expect(findTerms('Katalog dan blog', 'id').some((piece) => piece.term)).toBe(false);
    expect(findTerms('Difference In Differences (log)', 'en').map((p) => p.term)).toEqual([
      'selisih-dalam-selisih',
      undefined,
      'perubahan-log',
      undefined,
    ]);
  });

  it('finds a term per language and keeps only the terms asked for', () => {
    expect(findTerms('The 95% interval: −2% to 5%', 'en')[1]).toEqual({
      text: '95% interval',
      term: 'selang-kepercayaan',
    });
    const only = findTerms('Median IDP per kohort', 'id', ['kohort']);
    expect(only.filter((piece) => piece.term).map((piece) => piece.term)).toEqual(['kohort']);
  });

  it('gives a text without terms back as one piece', () => {
    expect(findTerms('', 'en')).toEqual([{ text: '' }]);
    expect(findTerms('Nothing here', 'en')).toEqual([{ text: 'Nothing here' }]);
  });
});

describe('glossary', () => {
  it('has a term and a short gloss in both languages for each key, each key once', () => {
    const keys = glossary.map((entry) => entry.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of glossary) {
      for (const lang of ['id', 'en'] as const) {
        expect(entry.term[lang].length, entry.key).toBeGreaterThan(0);
        expect(entry.match[lang].length, entry.key).toBeGreaterThan(0);
        // One or two plain sentences, not a paragraph.
        const sentences = entry.gloss[lang].split(/[.!?](?:\s|$)/).filter((s) => s.trim());
        expect(sentences.length, `${entry.key} ${lang}`).toBeLessThanOrEqual(2);
        expect(entry.gloss[lang].length, `${entry.key} ${lang}`).toBeLessThan(260);
      }
    }
  });

  it('gives every term the brief names a gloss', () => {
    const keys = glossary.map((entry) => entry.key);
    for (const key of [
      'kohort',
      'selisih-dalam-selisih',
      'galat-baku',
      'selang-kepercayaan',
      'nilai-p',
      'perubahan-log',
      'studi-peristiwa',
      'uji-tren-awal',
      'rca',
      'idp',
      'median',
      'representasi',
      'retensi',
    ])
      expect(keys).toContain(key);
  });

  it('finds each term by every way it is written', () => {
    for (const entry of glossary)
      for (const lang of ['id', 'en'] as const)
        for (const words of entry.match[lang]) {
          const found = findTerms(`Lihat ${words} di sini`, lang).find((piece) => piece.term);
          expect(found?.term, `${lang} "${words}"`).toBe(entry.key);
        }
  });
});
