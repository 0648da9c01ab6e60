import { label, type Lang, type PciDimension } from '@anyam/core';
import { formatValue } from '$lib/format.js';
import { isSuppressed, num, type Row } from '$lib/api-types.js';
import { tPage } from '$lib/i18n/dictionary-pages.js';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import type { SubScoreField } from '$lib/server/councils/sub-scores-of-region.js';
import { subScoreName } from './sub-score-name.js';

/** What the sentences about one candidate say around its own numbers. */
export interface AdviceLinesContext {
  /** The advised council's short name ("Kab. Lebak"). */
  readonly council: string;
  readonly dimension: PciDimension;
  /** The advised council's published score on `dimension`, null when hidden. */
  readonly ownScore: number | null;
  /** The year of the period's end: product scores are each product's latest assessment by it. */
  readonly year: number;
  /** The years the visit counts cover ("2021–2025"), null without any visit. */
  readonly visits: string | null;
  /** The advised council's weakest sub-score inside `dimension`, with its published value. */
  readonly weakest: { readonly field: SubScoreField; readonly score: number | null } | null;
}

/**
 * The sentences a planner pastes into a proposal for a visit to `host` (a published advice row),
 * in `lang`, with every number rounded as the page prints it (core's formatters through
 * `formatValue`: 42,6%, +18,2 points) and every count with its period. The metric's own
 * `reasons` round to whole numbers and name no period, so the page does not show or copy them.
 * A hidden value is never stated: its sentence is left out.
 *
 *     adviceLines(tangerang, 'Kab. Tangerang', subScores, { council: 'Kab. Lebak', dimension: 'compliance',
 *       ownScore: 14.2, year: 2025, visits: '2021–2025', weakest: null }, 'id')
 *     // ['Produk Kab. Tangerang unggul 6,2 poin pada kepatuhan: 20,4 lawan 14,2 dari 100 (penilaian terakhir s.d. 2025)',
 *     //  'sudah 47 kali menerima studi tiru pada 2021–2025',
 *     //  '42,6% praktik yang diperlihatkannya diadopsi Dekranasda yang berkunjung (kunjungan 2021–2025)']
 */
export function adviceLines(
  row: Row,
  host: string,
  hostSubScores: CouncilSubScores | undefined,
  context: AdviceLinesContext,
  lang: Lang,
): string[] {
  const t = (key: Parameters<typeof tPage>[1], values: Record<string, string | number> = {}) =>
    tPage(lang, key, values);
  const index = (value: number | null) => formatValue(value, 'index', lang);
  const dimension = label('pci_dimension', context.dimension, lang).toLowerCase();
  const scored = t('scorePeriod', { year: context.year });
  const visits = context.visits ?? t('upTo', { year: context.year });
  const lines: string[] = [];
  const score = isSuppressed(row, 'dimension_score') ? null : num(row, 'dimension_score');
  const gap = isSuppressed(row, 'gap') ? null : num(row, 'gap');
  const own = context.ownScore;
  if (gap !== null && score !== null && own !== null) {
    const rounded = Math.round(gap * 10);
    const values = {
      host,
      council: context.council,
      dimension,
      gap: index(Math.abs(gap)),
      score: index(score),
      own: index(own),
      period: scored,
    };
    lines.push(t(rounded > 0 ? 'lineLead' : rounded < 0 ? 'lineTrail' : 'lineEven', values));
  } else if (score !== null) {
    lines.push(t('lineScore', { host, dimension, score: index(score), period: scored }));
  }
  const hosted = num(row, 'visits_hosted');
  // Visits hosted are a council's public work: published as they are, never hidden.
  if (hosted === 0 || context.visits === null) lines.push(t('lineNoVisits', { period: visits }));
  else if (hosted !== null)
    lines.push(
      t(hosted === 1 ? 'lineVisit' : 'lineVisits', {
        n: formatValue(hosted, 'count', lang),
        period: visits,
      }),
    );
  const adoption = isSuppressed(row, 'adoption_rate') ? null : num(row, 'adoption_rate');
  if (adoption !== null)
    lines.push(
      t('lineAdoption', {
        rate: formatValue(adoption, 'percent', lang),
        period: t('visitsPeriod', { period: visits }),
      }),
    );
  const weakest = context.weakest;
  const theirs = weakest
    ? hostSubScores?.dimensions
        .flatMap((entry) => entry.sub_scores)
        .find((entry) => entry.field === weakest.field)?.score
    : null;
  if (weakest && weakest.score !== null && theirs != null)
    lines.push(
      t('lineSub', {
        sub: subScoreName(weakest.field, lang),
        council: context.council,
        dimension,
        host,
        theirs: index(theirs),
        own: index(weakest.score),
      }),
    );
  return lines;
}
