import { describe, expect, it } from 'vitest';
import { formulaTriggers, neutralizeFormula, neutralizeFormulaSql } from './formula-guard.js';

describe('neutralizeFormula', () => {
  it.each([
    ['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
    ['+62 812 3456', `'+62 812 3456`],
    ['-2+3', `'-2+3`],
    ['-', `'-`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('puts a quote before %j', (text, neutral) => {
    expect(neutralizeFormula(text)).toBe(neutral);
  });

  it.each(['-12.5', '-3', '-1e+20', '0', 'Tenun Baduy', 'Kab. =Lebak', ''])(
    'leaves %j as it is',
    (text) => {
      expect(neutralizeFormula(text)).toBe(text);
    },
  );

  it('covers every character OWASP lists', () => {
    expect([...formulaTriggers].sort()).toEqual(['\t', '\r', '+', '-', '=', '@'].sort());
    for (const trigger of formulaTriggers)
      expect(neutralizeFormula(`${trigger}x`)).toBe(`'${trigger}x`);
  });
});

describe('neutralizeFormulaSql', () => {
  it('tests the same characters and the same number pattern as neutralizeFormula', () => {
    const sql = neutralizeFormulaSql('"name"');
    expect(sql).toContain('ascii("name") IN (61, 43, 45, 64, 9, 13)');
    expect(sql).toContain(`regexp_matches("name", '^-?[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$')`);
    expect(sql).toMatch(/THEN '''' \|\| "name" ELSE "name" END$/);
  });
});
