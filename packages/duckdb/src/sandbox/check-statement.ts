import { SandboxError } from './sandbox-error.js';

// Statements DuckDB types as SELECT although they change or reveal the session (PRAGMA is
// rewritten to a SELECT by the parser); refused by their first keyword.
const forbiddenKeywords =
  /^(pragma|set|reset|attach|detach|install|load|copy|export|import|call|checkpoint|use|vacuum|create|drop|alter|insert|update|delete|begin|commit|rollback)\b/i;

/**
 * The first keyword of a statement, after comments and opening parentheses.
 *
 *     firstKeyword('-- q\n ( SELECT 1 )') // 'select'
 */
export function firstKeyword(sql: string): string {
  const stripped = sql
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/--[^\n]*/g, ' ')
    .replace(/^[\s(]+/, '');
  return (/^[A-Za-z_]+/.exec(stripped)?.[0] ?? '').toLowerCase();
}

/**
 * Refuses a statement the analysts' console must not run, by its first keyword; what passes is
 * still checked by DuckDB's own statement type (`SELECT` or `EXPLAIN` only).
 *
 *     checkFirstKeyword('SELECT 1')          // passes
 *     checkFirstKeyword("COPY t TO 'x.csv'") // throws SandboxError: COPY is not allowed here ...
 */
export function checkFirstKeyword(sql: string): void {
  const keyword = firstKeyword(sql);
  if (keyword === '')
    throw new SandboxError('The query is empty: write one SELECT statement.', 'refused');
  if (forbiddenKeywords.test(keyword)) {
    throw new SandboxError(
      `${keyword.toUpperCase()} is not allowed here: the console runs one read-only SELECT (or WITH ... SELECT, DESCRIBE, SUMMARIZE, EXPLAIN) over the dataset.`,
      'refused',
    );
  }
}
