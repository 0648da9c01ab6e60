import { adviceReasons, type Lang, type MetricRow, type PciDimension } from '@anyam/core';
import { councilLabel } from '../../council-names.js';

/**
 * Advice rows for a council whose own score on `dimension` small-cell suppression hid: each
 * row's `gap` hidden too (listed in `suppressed`) and its sentences written again without it.
 * The gap is the candidate's published score minus the council's own, so a published gap would
 * give the hidden score back (20,4 − 6,2); the metric's suppression looks only at the
 * candidate's products, which are at least 20.
 *
 *     hideOwnGap([{ council_id: 'DKR-36.03', dimension_score: 20.4, gap: 6.2, suppressed: [], ... }],
 *       'compliance', 'id', 5)
 *     // [{ council_id: 'DKR-36.03', dimension_score: 20.4, gap: null, suppressed: ['gap'],
 *     //    reasons: ['Skor kepatuhan produk Kab. Tangerang 20 dari 100', 'sudah 47 kali ...', ...] }]
 */
export function hideOwnGap<Row extends MetricRow & { name: string }>(
  rows: readonly Row[],
  dimension: PciDimension,
  lang: Lang,
  k: number,
): Row[] {
  const value = (row: Row, field: string) =>
    typeof row[field] === 'number' ? (row[field] as number) : null;
  return rows.map((row) => {
    const suppressed = Array.isArray(row.suppressed) ? (row.suppressed as string[]) : [];
    return {
      ...row,
      gap: null,
      suppressed: suppressed.includes('gap') ? suppressed : [...suppressed, 'gap'],
      reasons: adviceReasons(
        {
          place: councilLabel(row.name),
          dimension,
          dimension_score: value(row, 'dimension_score'),
          gap: null,
          visits_hosted: value(row, 'visits_hosted'),
          adoption_rate: value(row, 'adoption_rate'),
          suppressionK: k,
        },
        lang,
      ),
    };
  });
}
