import { describe, expect, it } from 'vitest';
import { subScoresOfRegion, type SubScoreSums } from './sub-scores-of-region.js';

const code = (region_code: string, products: number, points: number): SubScoreSums => ({
  region_code,
  products,
  design_points: points,
  craftsmanship_points: points,
  packaging_points: 0,
  material_points: points,
  local_material_share: products / 2,
  market_readiness_points: points,
  channel_count: products,
  certification_points: products,
  materials: products / 4,
});

describe('subScoresOfRegion', () => {
  it('sums the region’s own code and the codes under it, not a neighbour with the same prefix', () => {
    const sums = [code('36.03', 2, 8), code('36.03.12', 2, 0), code('36.031', 10, 40)];
    const scores = subScoresOfRegion(sums, '36.03');
    expect(scores.products_assessed).toBe(4);
    // 8 points above 1 over 4 products of at most 4 points each.
    expect(scores.design).toBe(50);
    expect(scores.packaging).toBe(0);
    // Quality is the mean of its three indicators, from the same points.
    expect(scores.quality).toBeCloseTo((50 + 50 + 0) / 3, 12);
    expect(scores.local_material_share).toBe(50);
    expect(scores.channels).toBe(20);
    expect(scores.certifications).toBeCloseTo(100 / 3, 12);
    expect(scores.compliance).toBe(scores.certifications);
    expect(scores.market).toBeCloseTo((scores.market_readiness! + scores.channels!) / 2, 12);
  });

  it('gives nulls, not zeros, for a region without assessed products', () => {
    const scores = subScoresOfRegion([code('36.03', 2, 8)], '36.04');
    expect(scores.products_assessed).toBe(0);
    expect(scores.packaging).toBeNull();
    expect(scores.quality).toBeNull();
  });
});
