import type { Lang } from '../domain/labels.js';

/** The Intl locale of each language: `id` groups with `.` and decimals with `,`. */
export const locales: Record<Lang, string> = { id: 'id-ID', en: 'en-US' };

/** What a missing or suppressed value reads as. */
export const missing = '–';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locales[lang], options);
    cache.set(key, format);
  }
  return format;
}

/**
 * A number as a person reads it in `lang`; `null`, `undefined` and non-finite values read as `–`.
 *
 *     formatNumber(1234.5, 'id') // '1.234,5'
 *     formatNumber(1234.5, 'en') // '1,234.5'
 */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  maximumFractionDigits = 1,
): string {
  if (value == null || !Number.isFinite(value)) return missing;
  return numberFormat(lang, { maximumFractionDigits, minimumFractionDigits: 0 }).format(value);
}

/**
 * A count, rounded to a whole number.
 *
 *     formatInteger(1234, 'id') // '1.234'
 */
export function formatInteger(value: number | null | undefined, lang: Lang): string {
  return formatNumber(value == null ? value : Math.round(value), lang, 0);
}

/**
 * A rate (a fraction, 0.125 for 12.5%) as a percentage.
 *
 *     formatPercent(0.125, 'id') // '12,5%'
 *     formatPercent(0.125, 'en') // '12.5%'
 */
export function formatPercent(
  rate: number | null | undefined,
  lang: Lang,
  fractionDigits = 1,
): string {
  if (rate == null || !Number.isFinite(rate)) return missing;
  return numberFormat(lang, {
    style: 'percent',
    maximumFractionDigits: fractionDigits,
    minimumFractionDigits: fractionDigits,
  }).format(rate);
}
