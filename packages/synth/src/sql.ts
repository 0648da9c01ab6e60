/**
 * SQL fragments for seeded draws. Every random value is a pure function of the seed, the row's
 * own key columns and a salt naming the draw, so a row never depends on the order in which
 * DuckDB's parallel operators happen to produce rows, and two draws never share a salt.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** The seed as every query binds it. */
export const SEED = '$seed::BIGINT';

const TWO_32 = 4294967296;

/**
 * A seeded hash of the key expressions and a salt, as an unsigned 64-bit integer. DuckDB's
 * variadic `hash` folds its last argument in almost linearly (two salts give values that differ
 * by a constant XOR, so their uniforms correlate at -0.99), hence the outer `hash` that mixes
 * the bits again. The salt goes in as its FNV-1a number: hashing an integer costs a third of
 * hashing a string, which counts over ten million rows.
 *
 *     seededHash('cat', 'e') // "hash(hash($seed::BIGINT, e, 108289031::BIGINT))"
 */
export function seededHash(salt: string, ...keys: string[]): string {
  return `hash(hash(${SEED}, ${keys.join(', ')}, ${saltNumber(salt)}::BIGINT))`;
}

/**
 * The 32-bit FNV-1a hash of a salt name, so that each draw has its own stream.
 *
 *     saltNumber('cat') // 108289031
 */
export function saltNumber(salt: string): number {
  let hash = 0x811c9dc5;
  for (const character of salt) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * A uniform draw in [0, 1) from the keys and a salt.
 *
 *     uniform('gender', 'a') // "((hash(hash($seed::BIGINT, a, 1587320192::BIGINT)) % 4294967296)::DOUBLE / 4294967296.0)"
 */
export function uniform(salt: string, ...keys: string[]): string {
  return `((${seededHash(salt, ...keys)} % ${TWO_32})::DOUBLE / ${TWO_32}.0)`;
}

/**
 * A uniform integer in [0, n) from the keys and a salt; `n` is an SQL expression.
 *
 *     uniformInt('k', '6', 'a', 'y') // "(hash(hash($seed::BIGINT, a, y, 3993778410::BIGINT)) % (6))::BIGINT"
 */
export function uniformInt(salt: string, n: string, ...keys: string[]): string {
  return `(${seededHash(salt, ...keys)} % (${n}))::BIGINT`;
}

/**
 * A standard normal draw (Box–Muller over two independent uniforms). The first uniform is
 * shifted into (0, 1] so that the logarithm stays finite.
 *
 *     normal('eps', 'e', 'y') // "(sqrt(-2 * ln(1.0 - ...)) * cos(2 * pi() * ...))"
 */
export function normal(salt: string, ...keys: string[]): string {
  return `(sqrt(-2.0 * ln(1.0 - ${uniform(`${salt}:1`, ...keys)})) * cos(2.0 * pi() * ${uniform(`${salt}:2`, ...keys)}))`;
}

/**
 * An SQL list literal of code constants (never user input), quotes doubled.
 *
 *     sqlList(["D'or", 'b']) // "['D''or', 'b']"
 */
export function sqlList(values: readonly string[]): string {
  return `[${values.map((value) => `'${value.replaceAll("'", "''")}'`).join(', ')}]`;
}

/**
 * An SQL list of lists of code constants, indexed `[i][j]` (1-based) in SQL.
 *
 *     sqlNestedList([['a'], ['b', 'c']]) // "[['a'], ['b', 'c']]"
 */
export function sqlNestedList(values: readonly (readonly string[])[]): string {
  return `[${values.map(sqlList).join(', ')}]`;
}

/**
 * Picks one element of a list expression with a uniform draw in [0, 1).
 *
 *     pickFrom("['a', 'b']", 'u') // "(['a', 'b'])[1 + floor((u) * len(['a', 'b']))::INTEGER]"
 */
export function pickFrom(list: string, u: string): string {
  return `(${list})[1 + floor((${u}) * len(${list}))::INTEGER]`;
}

/**
 * A CASE over cumulative weights: the 1-based index of the bucket that the uniform `u` falls in.
 * Weights need not sum to one.
 *
 *     weightedIndex([1, 3], 'u') // "CASE WHEN (u) < 0.25 THEN 1 ELSE 2 END"
 */
export function weightedIndex(weights: readonly number[], u: string): string {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let cumulative = 0;
  const branches: string[] = [];
  weights.forEach((weight, index) => {
    cumulative += weight;
    if (index < weights.length - 1)
      branches.push(`WHEN (${u}) < ${cumulative / total} THEN ${index + 1}`);
  });
  return `CASE ${branches.join(' ')} ELSE ${weights.length} END`;
}

/**
 * Picks a value by weight: a CASE over cumulative weights of `[value, weight]` pairs.
 *
 *     weightedPick([['a', 1], ['b', 3]], 'u') // "(['a', 'b'])[CASE WHEN (u) < 0.25 THEN 1 ELSE 2 END]"
 */
export function weightedPick(pairs: readonly (readonly [string, number])[], u: string): string {
  return `(${sqlList(pairs.map(([value]) => value))})[${weightedIndex(
    pairs.map(([, weight]) => weight),
    u,
  )}]`;
}

/**
 * Runs SQL binding only the parameters its text names (DuckDB refuses unused ones).
 *
 *     await runSql(connection, 'SELECT $seed', { seed: 1, other: 2 }) // binds seed only
 */
export async function runSql(
  connection: DuckDBConnection,
  sql: string,
  params: Readonly<Record<string, number | string>>,
): Promise<void> {
  await connection.run(sql, usedParams(sql, params));
}

/**
 * The parameters an SQL text refers to as `$name`.
 *
 *     usedParams('SELECT $a', { a: 1, b: 2 }) // { a: 1 }
 */
export function usedParams<T>(sql: string, params: Readonly<Record<string, T>>): Record<string, T> {
  const used: Record<string, T> = {};
  for (const [name, value] of Object.entries(params)) {
    if (new RegExp(`\\$${name}\\b`).test(sql)) used[name] = value;
  }
  return used;
}

/**
 * A date plus a whole number of days (DuckDB adds only INTEGER days to a DATE).
 *
 *     addDays('d', '3 + 4') // "((d) + (3 + 4)::INTEGER)"
 */
export function addDays(date: string, days: string): string {
  return `((${date}) + (${days})::INTEGER)`;
}

/**
 * A number clamped to [low, high].
 *
 *     clamp('x', '1', '5') // "greatest(1, least(5, x))"
 */
export function clamp(value: string, low: string, high: string): string {
  return `greatest(${low}, least(${high}, ${value}))`;
}

/**
 * An SQL list literal of numbers.
 *
 *     sqlNumbers([0.5, 1]) // "[0.5, 1]"
 */
export function sqlNumbers(values: readonly number[]): string {
  return `[${values.join(', ')}]`;
}
