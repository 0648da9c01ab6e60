import { usageError } from './cli-error.js';

/**
 * The whole number given to `flag`, within `min..max`; anything else is a usage error (exit 2).
 *
 *     parseWholeNumber('--seed', '42')                           // 42
 *     parseWholeNumber('--to-year', '20x5', { min: 1990 })       // throws: '--to-year must be a whole number, got "20x5".'
 */
export function parseWholeNumber(
  flag: string,
  value: string,
  range: { min?: number; max?: number } = {},
): number {
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(Number(value))) {
    usageError(`${flag} must be a whole number, got "${value}".`);
  }
  const number = Number(value);
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = range;
  if (number < min || number > max)
    usageError(`${flag} must be between ${min} and ${max}, got ${number}.`);
  return number;
}

/**
 * The value given to `flag` if it is one of `choices`; anything else is a usage error (exit 2).
 *
 *     parseChoice('--format', 'csv', ['table', 'csv', 'json'])  // 'csv'
 *     parseChoice('--format', 'xml', ['table', 'csv', 'json'])  // throws: '--format must be one of table, csv, json, got "xml".'
 */
export function parseChoice<T extends string>(
  flag: string,
  value: string,
  choices: readonly T[],
): T {
  if (!(choices as readonly string[]).includes(value)) {
    usageError(`${flag} must be one of ${choices.join(', ')}, got "${value}".`);
  }
  return value as T;
}
