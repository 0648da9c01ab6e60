import type { PciDimension } from '@anyam/core';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import type { SubScoreField } from '$lib/server/councils/sub-scores-of-region.js';

/**
 * The lowest published sub-score inside `dimension` with its score (the first of equal ones), or
 * null when the dimension has a single indicator (compliance: certifications), since one
 * indicator cannot be the weakest of its dimension, or when none is published.
 *
 *     weakestSubScoreEntry(lebak, 'quality') // { field: 'packaging', score: 40 }
 *     weakestSubScoreEntry(lebak, 'compliance') // null
 */
export function weakestSubScoreEntry(
  scores: CouncilSubScores | undefined,
  dimension: PciDimension,
): { field: SubScoreField; score: number } | null {
  const inside = scores?.dimensions.find((entry) => entry.dimension === dimension)?.sub_scores;
  if (!inside || inside.length < 2) return null;
  let weakest: { field: SubScoreField; score: number } | null = null;
  for (const { field, score } of inside) {
    if (score !== null && (weakest === null || score < weakest.score)) weakest = { field, score };
  }
  return weakest;
}
