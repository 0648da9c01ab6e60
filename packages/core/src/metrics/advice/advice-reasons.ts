import type { PciDimension } from '../../domain/enums.js';
import { label, type Lang } from '../../domain/labels.js';
import { formatInteger, formatPercent } from '../../format/number.js';

/** What the sentences of one advice row are made of. */
export interface AdviceReasonInput {
  readonly place: string;
  readonly dimension: PciDimension;
  readonly dimension_score: number | null;
  readonly gap: number | null;
  readonly visits_hosted: number;
  readonly adoption_rate: number | null;
}

/**
 * The short sentences a planner can put in a proposal, in `lang`, numbers formatted for it: how
 * far the candidate's products lead (or trail) on the dimension, how often it has hosted study
 * visits, and how much of what it showed was adopted (left out when nothing was shown).
 *
 *     adviceReasons({ place: 'Kab. Tangerang', dimension: 'quality', dimension_score: 80, gap: 18.2,
 *       visits_hosted: 6, adoption_rate: 0.45 }, 'id')
 *     // ['Produk Kab. Tangerang unggul 18 poin pada kualitas', 'sudah 6 kali menerima studi tiru',
 *     //  '45% praktik yang diperlihatkan diadopsi']
 */
export function adviceReasons(row: AdviceReasonInput, lang: Lang): string[] {
  const dimension = label('pci_dimension', row.dimension, lang).toLowerCase();
  const points = row.gap == null ? null : Math.round(Math.abs(row.gap));
  const reasons: string[] = [];
  if (lang === 'en') {
    if (row.gap == null)
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
  if (row.gap == null)
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
