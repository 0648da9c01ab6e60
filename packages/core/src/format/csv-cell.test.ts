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
  it('writes text a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x","klik")')).toBe(`"'=HYPERLINK(""http://x"",""klik"")"`);
    expect(csvCell('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(csvCell('+1')).toBe(`'+1`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('\t=1')).toBe(`'\t=1`);
  });
  it('keeps the minus sign of a number', () => {
    expect(csvCell('-12.5')).toBe('-12.5');
    expect(csvCell('-7')).toBe('-7');
  });
});
