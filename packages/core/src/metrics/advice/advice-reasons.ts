import type { PciDimension } from '../../domain/enums.js';
import { label, type Lang } from '../../domain/labels.js';
import { formatInteger, formatPercent } from '../../format/number.js';

/** What the sentences of one advice row are made of. */
export interface AdviceReasonInput {
  readonly place: string;
  readonly dimension: PciDimension;
  readonly dimension_score: number | null;
  readonly gap: number | null;
  /** Null: hidden by small-cell suppression (1 to `suppressionK - 1` visits). */
  readonly visits_hosted: number | null;
  readonly adoption_rate: number | null;
  /** The `k` of the suppression the row went through, if any: the wording of a hidden count. */
  readonly suppressionK?: number | undefined;
}

/**
 * The short sentences a planner can put in a proposal, in `lang`, numbers formatted for it: how
 * far the candidate's products lead (or trail) on the dimension, how often it has hosted study
 * visits, and how much of what it showed was adopted (left out when nothing was shown).
 * A null is a value small-cell suppression hid, and no sentence states it: the lead falls back to
 * the score, and is left out when both are hidden; a hidden visit count reads "fewer than
 * `suppressionK`" (left out without `suppressionK`); a hidden adoption rate is left out.
 *
 *     adviceReasons({ place: 'Kab. Tangerang', dimension: 'quality', dimension_score: 80, gap: 18.2,
 *       visits_hosted: 6, adoption_rate: 0.45 }, 'id')
 *     // ['Produk Kab. Tangerang unggul 18 poin pada kualitas', 'sudah 6 kali menerima studi tiru',
 *     //  '45% praktik yang diperlihatkan diadopsi']
 *     adviceReasons({ ..., visits_hosted: null, adoption_rate: null, suppressionK: 5 }, 'id')
 *     // ['Produk Kab. Tangerang unggul 18 poin pada kualitas', 'kurang dari 5 kali menerima studi tiru']
 */
export function adviceReasons(row: AdviceReasonInput, lang: Lang): string[] {
  const dimension = label('pci_dimension', row.dimension, lang).toLowerCase();
  const points = row.gap == null ? null : Math.round(Math.abs(row.gap));
  const reasons: string[] = [];
  if (lang === 'en') {
    if (row.gap == null && row.dimension_score == null) {
      // Both hidden: there is nothing to say about the dimension that would not reveal them.
    } else if (row.gap == null)
      reasons.push(
        `Products of ${row.place} score ${formatInteger(row.dimension_score, lang)} of 100 on ${dimension}`,
      );
    else if (points === 0) reasons.push(`Products of ${row.place} are on par on ${dimension}`);
    else if (row.gap > 0)
      reasons.push(
        `Products of ${row.place} lead by ${formatInteger(points, lang)} points on ${dimension}`,
      );
    else
      reasons.push(
        `Products of ${row.place} trail by ${formatInteger(points, lang)} points on ${dimension}`,
      );
    if (row.visits_hosted === null) {
      if (row.suppressionK !== undefined)
        reasons.push(`has hosted fewer than ${formatInteger(row.suppressionK, lang)} study visits`);
    } else
      reasons.push(
        row.visits_hosted === 0
          ? 'has not hosted a study visit yet'
          : `has hosted ${formatInteger(row.visits_hosted, lang)} study visit${row.visits_hosted === 1 ? '' : 's'}`,
      );
    if (row.adoption_rate != null)
      reasons.push(
        `${formatPercent(row.adoption_rate, lang, 0)} of the practices shown were adopted`,
      );
    return reasons;
  }
  if (row.gap == null && row.dimension_score == null) {
    // Both hidden: as in English, the sentence is left out.
  } else if (row.gap == null)
    reasons.push(
      `Skor ${dimension} produk ${row.place} ${formatInteger(row.dimension_score, lang)} dari 100`,
    );
  else if (points === 0) reasons.push(`Produk ${row.place} setara pada ${dimension}`);
  else if (row.gap > 0)
    reasons.push(
      `Produk ${row.place} unggul ${formatInteger(points, lang)} poin pada ${dimension}`,
    );
  else
    reasons.push(
      `Produk ${row.place} tertinggal ${formatInteger(points, lang)} poin pada ${dimension}`,
    );
  if (row.visits_hosted === null) {
    if (row.suppressionK !== undefined)
      reasons.push(`kurang dari ${formatInteger(row.suppressionK, lang)} kali menerima studi tiru`);
  } else
    reasons.push(
      row.visits_hosted === 0
        ? 'belum pernah menerima studi tiru'
        : `sudah ${formatInteger(row.visits_hosted, lang)} kali menerima studi tiru`,
    );
  if (row.adoption_rate != null)
    reasons.push(
      `${formatPercent(row.adoption_rate, lang, 0)} praktik yang diperlihatkan diadopsi`,
    );
  return reasons;
}
