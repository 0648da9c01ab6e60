/**
 * How each kind of value reads, per language, on top of @anyam/core's formatters. A suppressed
 * value reads "< 5" (never 0, never a dash, which means "not computable").
 */
import { formatInteger, formatNumber, formatPercent, formatRupiah, type Lang } from '@anyam/core';

export type ValueKind =
  'count' | 'percent' | 'rupiah' | 'index' | 'ratio' | 'rank' | 'signedPercent';

export const suppressedText = '< 5';

// Ratios compare to 1.00, so they keep their two decimals: "1,00" next to "0,95", not "1".
function fixedDecimals(text: string, lang: Lang, digits: number): string {
  if (!/\d$/.test(text)) return text;
  const separator = lang === 'id' ? ',' : '.';
  const [whole, fraction = ''] = text.split(separator);
  return `${whole}${separator}${fraction.padEnd(digits, '0')}`;
}

/**
 * A value as text.
 *
 *     formatValue(0.125, 'percent', 'id') // '12,5%'
 *     formatValue(null, 'count', 'id', true) // '< 5'
 */
export function formatValue(
  value: number | null | undefined,
  kind: ValueKind,
  lang: Lang,
  suppressed = false,
): string {
  if (suppressed) return suppressedText;
  switch (kind) {
    case 'count':
      return formatInteger(value, lang);
    case 'percent':
      return formatPercent(value, lang);
    case 'rupiah':
      return formatRupiah(value, lang);
    case 'index':
      return formatNumber(value, lang, 1);
    case 'ratio':
      return fixedDecimals(formatNumber(value, lang, 2), lang, 2);
    case 'rank':
      return formatNumber(value, lang, 0);
    case 'signedPercent':
      if (value == null || !Number.isFinite(value)) return formatNumber(value, lang);
      return `${value > 0 ? '+' : value < 0 ? '−' : ''}${formatNumber(Math.abs(value), lang, 1)}%`;
  }
}

/** A d3 tick formatter for a kind (compact, no trailing zeros). */
export function tickFormat(kind: ValueKind, lang: Lang): (value: number) => string {
  return (value) => {
    if (kind === 'percent') return formatPercent(value, lang, 0);
    if (kind === 'rupiah') return formatRupiah(value, lang);
    if (kind === 'count' || kind === 'rank') return formatInteger(value, lang);
    return formatNumber(value, lang, 2);
  };
}
