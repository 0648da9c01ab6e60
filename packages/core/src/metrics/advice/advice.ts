import { isInRegion } from '../../regions/code.js';
import { productScores } from '../competitiveness/product-scores.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';
import { adviceCouncil } from './advice-council.js';
import { dimensionMeans } from './dimension-means.js';
import { finishAdvice } from './finish-advice.js';
import { scoreKey } from './score-key.js';
import { weakestDimension } from './weakest-dimension.js';

/** metrics.md section 9: a candidate's region needs at least this many assessed products. */
export const adviceMinProducts = 20;

/** The adoption stages that count as adopted (metrics.md section 6). */
export const adoptedStages: readonly string[] = ['adopted', 'institutionalized'];

/**
 * Study-visit advice (metrics.md section 9): which council should `options.council` visit to
 * improve PCI dimension `options.dimension` (default: its weakest)? Candidates are every other
 * council in the dataset whose region holds at least 20 products assessed by `to`, best first.
 *
 * Readings of the contract (each documented in the metric's index):
 * - a council's products are those of enterprises in its region (a province council: the whole
 *   province), each by its latest assessment up to `to`; the scope `region` and `from` play no part;
 * - visits count up to `to`, a council's visit to itself never; `practices_shown` counts the
 *   distinct practices shown at the visits it hosted;
 * - `adoption_rate` is section 6 applied to the visits it hosted: each (visiting council,
 *   practice) pair once, at its earliest such visit, adopted when that council later (same day
 *   included, no upper bound) adopted or institutionalized the practice;
 * - ties are broken by adoption_rate, visits_hosted, then council_id, so the order is total.
 *
 *     // the Banten demo dataset, seed 42
 *     advice(input, { region: '36', from: '2025-01-01', to: '2025-12-31', council: 'DKR-36.01', dimension: 'quality' })
 *     // [{ council_id: 'DKR-36.03', rank: 1, dimension_score: 74.24, gap: 17.69, products_assessed: 832,
 *     //    visits_hosted: 48, practices_shown: 8, adoption_rate: 0.305,
 *     //    reasons: ['Produk Kab. Tangerang unggul 18 poin pada kualitas', 'sudah 48 kali menerima studi tiru',
 *     //              '31% praktik yang diperlihatkan diadopsi'] }, ...]
 */
export function advice(input: MetricInput, options: MetricOptions): MetricRow[] {
  const target = adviceCouncil(input.councils, options.council);
  const { to } = options;
  const assessed = productScores(input, { to }).filter((product) => product.dimensions !== null);
  const statsOf = (code: string) =>
    dimensionMeans(assessed.filter((p) => isInRegion(p.region_code, code)));
  const own = statsOf(target.region_code);
  const dimension = options.dimension ?? weakestDimension(own.means);
  const ownScore = own.means[dimension];

  const visits = input.study_visits.filter(
    (v) => v.visit_date <= to && v.visiting_council_id !== v.host_council_id,
  );
  const adoptions = new Map<string, string[]>();
  for (const adoption of input.adoptions) {
    if (!adoptedStages.includes(adoption.stage)) continue;
    const key = `${adoption.council_id}\u0000${adoption.practice_id}`;
    adoptions.set(key, [...(adoptions.get(key) ?? []), adoption.adopted_on]);
  }

  const regionNames = new Map(input.regions.map((region) => [region.code, region.name]));
  const rows: MetricRow[] = [];
  for (const council of input.councils) {
    if (council.council_id === target.council_id) continue;
    const stats = statsOf(council.region_code);
    if (stats.n < adviceMinProducts) continue;
    const hosted = visits.filter((visit) => visit.host_council_id === council.council_id);
    // Each (visiting council, practice) pair at its earliest visit hosted here.
    const firstSeen = new Map<string, string>();
    for (const visit of hosted) {
      for (const practice of visit.practice_ids) {
        const key = `${visit.visiting_council_id}\u0000${practice}`;
        const seen = firstSeen.get(key);
        if (seen === undefined || visit.visit_date < seen) firstSeen.set(key, visit.visit_date);
      }
    }
    let adopted = 0;
    for (const [key, date] of firstSeen) {
      if ((adoptions.get(key) ?? []).some((on) => on >= date)) adopted += 1;
    }
    const score = stats.means[dimension] as number;
    rows.push({
      council_id: council.council_id,
      rank: 0,
      dimension_score: score,
      gap: ownScore == null ? null : score - ownScore,
      products_assessed: stats.n,
      visits_hosted: hosted.length,
      practices_shown: new Set(hosted.flatMap((visit) => visit.practice_ids)).size,
      adoption_rate: firstSeen.size === 0 ? null : adopted / firstSeen.size,
      dimension,
      region_name: regionNames.get(council.region_code) ?? null,
      council_name: council.name,
    });
  }
  const num = (row: MetricRow, field: string): number => row[field] as number;
  rows.sort((a, b) => {
    const byScore = scoreKey(num(b, 'dimension_score')) - scoreKey(num(a, 'dimension_score'));
    if (byScore !== 0) return byScore;
    const rateA = a.adoption_rate as number | null;
    const rateB = b.adoption_rate as number | null;
    if (rateA !== rateB) {
      if (rateA === null) return 1;
      if (rateB === null) return -1;
      return rateB - rateA;
    }
    if (num(a, 'visits_hosted') !== num(b, 'visits_hosted'))
      return num(b, 'visits_hosted') - num(a, 'visits_hosted');
    const idA = a.council_id as string;
    const idB = b.council_id as string;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  });
  return finishAdvice(
    rows.map((row, i) => ({ ...row, rank: i + 1 })),
    options,
  );
}
