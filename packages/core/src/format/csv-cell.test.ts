import { describe, expect, it } from 'vitest';
import { csvCell } from './csv-cell.js';

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
  it('leaves plain text as it is', () => {
    expect(csvCell('Tenun Baduy')).toBe('Tenun Baduy');
  });
});
