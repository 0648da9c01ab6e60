import { describe, expect, it } from 'vitest';
import type { CouncilSubScores } from '$lib/server/councils/advice-sub-scores.js';
import { weakestSubScore } from './weakest-sub-score.js';

const scores: CouncilSubScores = {
  products_assessed: 40,
  dimensions: [
    {
      dimension: 'quality',
      score: 50,
      sub_scores: [
        { field: 'design', score: 60 },
        { field: 'craftsmanship', score: null },
        { field: 'packaging', score: 40 },
      ],
    },
    { dimension: 'compliance', score: 10, sub_scores: [{ field: 'certifications', score: 10 }] },
  ],
  suppressed: [],
};

describe('weakestSubScore', () => {
  it('is the lowest published indicator of the dimension', () => {
    expect(weakestSubScore(scores, 'quality')).toBe('packaging');
  });
  it('is none for a dimension of one indicator, or without scores', () => {
    expect(weakestSubScore(scores, 'compliance')).toBeNull();
    expect(weakestSubScore(undefined, 'quality')).toBeNull();
  });
});
