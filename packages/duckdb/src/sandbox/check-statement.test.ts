import { describe, expect, it } from 'vitest';
import {
  checkFirstKeyword,
  explainParts,
  firstKeyword,
  skipSpaceAndComments,
} from './check-statement.js';

describe('firstKeyword', () => {
  it('skips line comments, block comments and parentheses', () => {
    expect(firstKeyword('-- q\n ( SELECT 1 )')).toBe('select');
    expect(firstKeyword('/* a */ WITH x AS (SELECT 1) SELECT * FROM x')).toBe('with');
  });

  it('reads nested block comments as DuckDB does', () => {
    // Before: the first "*/" ended the comment and SELECT hid the DROP behind it.
    expect(firstKeyword('/* /* */ SELECT 1 */ DROP VIEW councils')).toBe('drop');
    expect(firstKeyword('/* /* */ DROP x */ SELECT 1')).toBe('select');
  });

  it('is empty for comments only', () => {
    expect(firstKeyword('/* /* nothing */ */ -- here')).toBe('');
  });
});

describe('skipSpaceAndComments', () => {
  it('returns where the first token starts', () => {
    expect(skipSpaceAndComments('/* a /* b */ c */ SELECT 1', 0)).toBe(18);
    expect(skipSpaceAndComments('SELECT', 0)).toBe(0);
    expect(skipSpaceAndComments('/* never closed', 0)).toBe(15);
  });
});

describe('explainParts', () => {
  it('splits EXPLAIN and EXPLAIN ANALYZE from the statement they explain', () => {
    expect(explainParts('explain /* x */ analyze SELECT 1')).toEqual({
      prefix: 'EXPLAIN ANALYZE',
      inner: ' SELECT 1',
    });
    expect(explainParts('EXPLAIN ANALYSE COPY t TO x')).toEqual({
      prefix: 'EXPLAIN ANALYZE',
      inner: ' COPY t TO x',
    });
    expect(explainParts('EXPLAIN SELECT 1')).toEqual({ prefix: 'EXPLAIN', inner: 'SELECT 1' });
    expect(explainParts('SELECT 1')).toEqual({ prefix: '', inner: 'SELECT 1' });
  });

  it('sees through nested comments before EXPLAIN', () => {
    expect(explainParts('/* /* */ SELECT */ EXPLAIN ANALYZE COPY t TO x').prefix).toBe(
      'EXPLAIN ANALYZE',
    );
  });
});

describe('checkFirstKeyword', () => {
  it.each([
    'COPY t TO x',
    'MERGE INTO t',
    'TRUNCATE t',
    'CALL f()',
    '/* /* */ SELECT */ COPY t TO x',
  ])('refuses %s', (sql) => {
    expect(() => checkFirstKeyword(sql)).toThrow(/is not allowed here/);
  });

  it('lets a read through', () => {
    expect(() => checkFirstKeyword('SELECT 1')).not.toThrow();
    expect(() => checkFirstKeyword('/* /* */ DROP x */ SELECT 1')).not.toThrow();
  });
});
