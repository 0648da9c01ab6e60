import { describe, expect, it } from 'vitest';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import { weakestSubScoreEntry } from './weakest-sub-score-entry.js';

const scores: CouncilSubScores = {
  products_assessed: 40,
  dimensions: [
    {
      dimension: 'quality',
      score: 50,
      sub_scores: [
        { field: 'design', score: null },
        { field: 'craftsmanship', score: 40 },
        { field: 'packaging', score: 40 },
      ],
    },
    { dimension: 'compliance', score: 10, sub_scores: [{ field: 'certifications', score: 10 }] },
  ],
  suppressed: [],
};

describe('weakestSubScoreEntry', () => {
  it('is the lowest published indicator of the dimension with its score, the first of equal ones', () => {
    expect(weakestSubScoreEntry(scores, 'quality')).toEqual({ field: 'craftsmanship', score: 40 });
  });
  it('is none for a dimension of one indicator, or without scores', () => {
    expect(weakestSubScoreEntry(scores, 'compliance')).toBeNull();
    expect(weakestSubScoreEntry(undefined, 'quality')).toBeNull();
  });
});
