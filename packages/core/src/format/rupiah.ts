import type { Lang } from '../domain/labels.js';
import { formatNumber, missing } from './number.js';

// Indonesian writes triliun, miliar, juta, ribu (T, M, jt, rb): "Rp 1,2 M" is 1.2 billion.
const steps: Record<Lang, readonly (readonly [number, string])[]> = {
  id: [
    [1e12, 'T'],
    [1e9, 'M'],
    [1e6, 'jt'],
    [1e3, 'rb'],
  ],
  en: [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ],
};

/**
 * An amount of rupiah, compact by default.
 *
 *     formatRupiah(1_250_000_000, 'id')               // 'Rp 1,3 M'
 *     formatRupiah(1_250_000_000, 'en')               // 'Rp 1.3B'
 *     formatRupiah(1_250_000, 'id', { compact: false }) // 'Rp 1.250.000'
 */
export function formatRupiah(
  value: number | null | undefined,
  lang: Lang,
  options: { compact?: boolean } = {},
): string {
  if (value == null || !Number.isFinite(value)) return missing;
  const sign = value < 0 ? '-' : '';
  const amount = Math.abs(value);
  if (options.compact !== false) {
    for (const [size, suffix] of steps[lang]) {
      if (amount >= size) {
        const digits = amount / size >= 100 ? 0 : 1;
        const number = formatNumber(amount / size, lang, digits);
        return lang === 'id' ? `${sign}Rp ${number} ${suffix}` : `${sign}Rp ${number}${suffix}`;
      }
    }
  }
  return `${sign}Rp ${formatNumber(amount, lang, 0)}`;
}
