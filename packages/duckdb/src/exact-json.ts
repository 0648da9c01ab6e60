import type { Json } from '@duckdb/node-api';

// DuckDB types whose JSON form is a string only because JSON numbers cannot hold every value.
const wideNumeric = /^(BIGINT|UBIGINT|HUGEINT|UHUGEINT)$|^DECIMAL\(/;

/**
 * Whether a column of this DuckDB type comes back from `getRowsJson()` as a string that may be
 * a number (BIGINT, HUGEINT, DECIMAL, ...).
 *
 *     isWideNumeric('HUGEINT')       // true
 *     isWideNumeric('DECIMAL(18,3)') // true
 *     isWideNumeric('VARCHAR')       // false
 */
export function isWideNumeric(type: string): boolean {
  return wideNumeric.test(type);
}

/**
 * A value of a wide numeric column as a JSON number when the number is exact in JavaScript
 * (integers up to 2^53, decimals that survive the round trip), else left as the string.
 *
 *     exactNumber('42')                   // 42
 *     exactNumber('12345678901234567890') // '12345678901234567890'
 *     exactNumber('1.50')                 // 1.5
 */
export function exactNumber(value: Json): Json {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) return value;
  const number = Number(value);
  if (!value.includes('.')) return Number.isSafeInteger(number) ? number : value;
  // A decimal is kept as text when more than 15 significant digits would be lost.
  const digits = value.replace(/^-?0*/, '').replace('.', '').replace(/0+$/, '');
  return digits.length <= 15 ? number : value;
}
