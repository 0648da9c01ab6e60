import { formatNumber, formatPercent, type Lang } from '@anyam/core';

export type DeltaMode = 'relative' | 'points' | 'percentagePoints' | 'absolute';

/**
 * The change from the year before as text and direction.
 *
 *     delta(110, 100, 'relative', 'id') // { text: '+10,0%', direction: 1 }
 *     delta(0.3, 0.25, 'percentagePoints', 'en') // { text: '+5.0 pp', direction: 1 }
 */
export function delta(
  current: number | null,
  previous: number | null,
  mode: DeltaMode,
  lang: Lang,
  units: { points: string; pp: string },
): { text: string; direction: number } | null {
  if (current == null || previous == null) return null;
  const change = mode === 'percentagePoints' ? (current - previous) * 100 : current - previous;
  const direction = Math.abs(change) < 1e-9 ? 0 : Math.sign(change);
  const sign = direction > 0 ? '+' : direction < 0 ? '−' : '±';
  switch (mode) {
    case 'relative':
      if (previous === 0) return null;
      return { text: `${sign}${formatPercent(Math.abs(change / previous), lang)}`, direction };
    case 'points':
      return {
        text: `${sign}${formatNumber(Math.abs(change), lang, 1)} ${units.points}`,
        direction,
      };
    case 'percentagePoints':
      return { text: `${sign}${formatNumber(Math.abs(change), lang, 1)} ${units.pp}`, direction };
    case 'absolute':
      return { text: `${sign}${formatNumber(Math.abs(change), lang, 0)}`, direction };
  }
}
