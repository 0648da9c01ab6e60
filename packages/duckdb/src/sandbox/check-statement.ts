import { SandboxError } from './sandbox-error.js';

// Statements DuckDB types as SELECT although they change or reveal the session (PRAGMA is
// rewritten to a SELECT by the parser); refused by their first keyword. A second wall only: what
// runs is what DuckDB's own parser calls a SELECT (see `checkSyntaxTree`).
const forbiddenKeywords =
  /^(pragma|set|reset|attach|detach|install|load|copy|export|import|call|checkpoint|use|vacuum|create|drop|alter|insert|update|delete|merge|truncate|begin|commit|rollback|abort|start|prepare|execute|deallocate|update_extensions|force)\b/i;

/**
 * Where the first token of `sql` at or after `from` starts, skipping white space, `--` line
 * comments and block comments. Block comments nest, as in DuckDB's (PostgreSQL's) parser, so
 * `/* /* *\/ DROP x *\/` is one comment.
 *
 *     skipSpaceAndComments('/* a /* b *\/ c *\/ SELECT 1', 0) // 20
 */
export function skipSpaceAndComments(sql: string, from: number): number {
  let at = from;
  while (at < sql.length) {
    if (/\s/.test(sql[at]!)) {
      at += 1;
    } else if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at);
      at = end === -1 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', at)) {
      let depth = 1;
      at += 2;
      while (at < sql.length && depth > 0) {
        if (sql.startsWith('/*', at)) {
          depth += 1;
          at += 2;
        } else if (sql.startsWith('*/', at)) {
          depth -= 1;
          at += 2;
        } else {
          at += 1;
        }
      }
    } else {
      break;
    }
  }
  return at;
}

/**
 * The first keyword of a statement, after comments (nested ones too) and opening parentheses.
 *
 *     firstKeyword('-- q\n ( SELECT 1 )')           // 'select'
 *     firstKeyword('/* /* *\/ SELECT *\/ DROP x') // 'drop'
 */
export function firstKeyword(sql: string): string {
  let at = skipSpaceAndComments(sql, 0);
  while (sql[at] === '(') at = skipSpaceAndComments(sql, at + 1);
  return (/^[A-Za-z_]+/.exec(sql.slice(at))?.[0] ?? '').toLowerCase();
}

/** A statement split into its `EXPLAIN` prefix (if any) and the statement it explains. */
export interface ExplainParts {
  /** `''` for a plain statement, else `EXPLAIN` or `EXPLAIN ANALYZE`. */
  readonly prefix: '' | 'EXPLAIN' | 'EXPLAIN ANALYZE';
  /** The statement after the prefix, exactly as written (the whole text when there is none). */
  readonly inner: string;
}

/**
 * Splits `EXPLAIN [ANALYZE] <statement>` so that the inner statement can be checked on its own
 * and the EXPLAIN rebuilt around exactly the text that was checked.
 *
 *     explainParts('explain /* x *\/ analyze SELECT 1') // { prefix: 'EXPLAIN ANALYZE', inner: 'SELECT 1' }
 *     explainParts('SELECT 1')                          // { prefix: '', inner: 'SELECT 1' }
 */
export function explainParts(sql: string): ExplainParts {
  const start = skipSpaceAndComments(sql, 0);
  const word = (at: number) => /^[A-Za-z_]+/.exec(sql.slice(at))?.[0] ?? '';
  if (word(start).toLowerCase() !== 'explain') return { prefix: '', inner: sql };
  const next = skipSpaceAndComments(sql, start + 'explain'.length);
  const second = word(next).toLowerCase();
  if (second === 'analyze' || second === 'analyse') {
    return { prefix: 'EXPLAIN ANALYZE', inner: sql.slice(next + second.length) };
  }
  return { prefix: 'EXPLAIN', inner: sql.slice(next) };
}

/**
 * Refuses a statement the analysts' console must not run, by its first keyword; what passes is
 * still checked by DuckDB's own parser (`checkSyntaxTree`) and statement type.
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
