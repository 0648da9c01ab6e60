import { describe, expect, it } from 'vitest';
import { requestLang } from './request-lang.js';

const url = (query = '') => new URL(`http://localhost/api/health${query}`);

describe('requestLang', () => {
  it('takes the lang parameter first', () => {
    expect(requestLang(url('?lang=id'), 'en-US,en')).toBe('id');
    expect(requestLang(url('?lang=en'), 'id-ID,id')).toBe('en');
  });

  it('takes the Accept-Language header by its weights when there is no usable lang', () => {
    expect(requestLang(url(), 'id-ID,id;q=0.9,en;q=0.8')).toBe('id');
    expect(requestLang(url('?lang=fr'), 'fr-FR, en;q=0.4, id;q=0.7')).toBe('id');
    expect(requestLang(url(), 'fr-FR, id;q=0.2, en;q=0.6')).toBe('en');
    // `in` is Indonesian's old code; q=0 refuses a language.
    expect(requestLang(url(), 'in-ID')).toBe('id');
    expect(requestLang(url(), 'id;q=0, en;q=0.1')).toBe('en');
  });

  it('answers English, the API language, otherwise', () => {
    expect(requestLang(url(), null)).toBe('en');
    expect(requestLang(url(), 'fr-FR, de;q=0.8')).toBe('en');
    expect(requestLang(url(), ';;, q=,')).toBe('en');
  });
});
