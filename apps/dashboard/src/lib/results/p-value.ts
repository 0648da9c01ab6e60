import type { Lang } from '@anyam/core';
import { formatValue } from '../format.js';

/**
 * A p-value as a sentence shows it: two decimals in the language's convention, and "< 0,01"
 * rather than a rounded zero, which would claim certainty.
 *
 *     formatPValue(0.7512, 'id') // '0,75'
 *     formatPValue(0.0004, 'en') // '< 0.01'
 */
export function formatPValue(p: number, lang: Lang): string {
  return p < 0.01 ? `< ${formatValue(0.01, 'ratio', lang)}` : formatValue(p, 'ratio', lang);
}
