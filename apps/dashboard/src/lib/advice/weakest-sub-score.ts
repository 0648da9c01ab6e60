import type { PciDimension } from '@anyam/core';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import type { SubScoreField } from '$lib/server/councils/sub-scores-of-region.js';
import { weakestSubScoreEntry } from './weakest-sub-score-entry.js';

/**
 * The lowest published sub-score inside `dimension` (the first of equal ones), or null when the
 * dimension has a single indicator (compliance: certifications), since one indicator cannot be
 * the weakest of its dimension, or when none is published.
 *
 *     weakestSubScore(lebak, 'quality') // 'packaging'
 *     weakestSubScore(lebak, 'compliance') // null
 */
export function weakestSubScore(
  scores: CouncilSubScores | undefined,
  dimension: PciDimension,
): SubScoreField | null {
  return weakestSubScoreEntry(scores, dimension)?.field ?? null;
}
