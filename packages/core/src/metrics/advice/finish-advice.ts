import type { PciDimension } from '../../domain/enums.js';
import { MetricOptionsError } from '../metric-options-error.js';
import type { MetricOptions, MetricRow } from '../types.js';
import { suppress } from '../../suppression/suppress.js';
import { unknownCouncilMessage } from './advice-council.js';
import { adviceReasons } from './advice-reasons.js';
import { adviceSuppression } from './advice-suppression.js';
import { placeName } from './place-name.js';

/**
 * The one step both engines share: turns advice's working rows (with `dimension`, `region_name`
 * and `council_name`, which only the sentences need) into the published rows, attaching
 * `reasons` in `options.lang` (default Indonesian), or raising the unknown-council error the SQL
 * marked. `advice` ends with it and the SQL runner applies it as the metric's `finish`, so the
 * sentences have a single definition.
 *
 * With `options.suppressionK` (the runner sets it when small-cell suppression follows), the
 * sentences are written from the values as suppression will publish them, so that they never
 * state a hidden one (the lead over fewer than k assessed products is left out).
 * The numeric fields stay as they are; the runner's suppression hides them next.
 *
 *     finishAdvice([{ council_id: 'C3603', rank: 1, dimension_score: 80, gap: 18, products_assessed: 24,
 *       visits_hosted: 6, practices_shown: 4, adoption_rate: 0.45, dimension: 'quality',
 *       region_name: 'Kabupaten Tangerang', council_name: 'Dekranasda Kabupaten Tangerang' }], { lang: 'id', ... })
 *     // [{ council_id: 'C3603', rank: 1, ..., adoption_rate: 0.45,
 *     //    reasons: ['Produk Kab. Tangerang unggul 18 poin pada kualitas', 'sudah 6 kali menerima studi tiru',
 *     //              '45% praktik yang diperlihatkan diadopsi'] }]
 *     finishAdvice([{ ...the same row, products_assessed: 3 }], { lang: 'id', suppressionK: 5, ... })[0].reasons
 *     // ['sudah 6 kali menerima studi tiru', '45% praktik yang diperlihatkan diadopsi']
 */
export function finishAdvice(rows: readonly MetricRow[], options: MetricOptions): MetricRow[] {
  const lang = options.lang ?? 'id';
  // The SQL cannot throw a typed error, so it marks an unknown council with a row of its own.
  if (rows.some((row) => row.unknown_council === true)) {
    throw new MetricOptionsError(unknownCouncilMessage(String(options.council)), 'council');
  }
  const k = options.suppressionK;
  return rows.map((row) => {
    const num = (field: string): number | null =>
      typeof row[field] === 'number' ? (row[field] as number) : null;
    const published: MetricRow = {
      council_id: row.council_id as string,
      rank: row.rank as number,
      dimension_score: num('dimension_score'),
      gap: num('gap'),
      products_assessed: row.products_assessed as number,
      visits_hosted: row.visits_hosted as number,
      practices_shown: row.practices_shown as number,
      adoption_rate: num('adoption_rate'),
    };
    // The runner suppresses after this step: the sentences are written from what it will publish.
    const [shown] = k === undefined ? [published] : suppress([published], adviceSuppression, k);
    const value = (field: string): number | null =>
      typeof shown?.[field] === 'number' ? shown[field] : null;
    const reasons = adviceReasons(
      {
        place: placeName(
          row.region_name as string | null,
          String(row.council_name ?? row.council_id),
        ),
        dimension: row.dimension as PciDimension,
        dimension_score: value('dimension_score'),
        gap: value('gap'),
        visits_hosted: k === undefined ? (num('visits_hosted') ?? 0) : value('visits_hosted'),
        adoption_rate: value('adoption_rate'),
        suppressionK: k,
      },
      lang,
    );
    return { ...published, reasons };
  });
}
