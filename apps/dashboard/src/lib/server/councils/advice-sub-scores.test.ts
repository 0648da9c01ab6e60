import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PciDimension } from '@anyam/core';
import { GET as adviceGet } from '../../../routes/api/advice/+server.js';
import { closeDataset } from '../dataset.js';
import type { AdviceAnswer } from './advice.js';
import { councilSubScores } from './advice-sub-scores.js';
import type { SubScoreSums } from './sub-scores-of-region.js';

const sums = (region_code: string, products: number): SubScoreSums => ({
  region_code,
  products,
  design_points: 3 * products,
  craftsmanship_points: 2 * products,
  packaging_points: products,
  material_points: products,
  local_material_share: products / 2,
  market_readiness_points: products,
  channel_count: products,
  certification_points: products,
  materials: products / 4,
});

describe('councilSubScores', () => {
  it('groups the indicators under their dimensions, packaging inside quality', () => {
    const [scores] = councilSubScores([sums('36.02', 30)], ['36.02']);
    expect(scores!.products_assessed).toBe(30);
    const quality = scores!.dimensions.find((entry) => entry.dimension === 'quality')!;
    expect(quality.sub_scores.map((entry) => entry.field)).toEqual([
      'design',
      'craftsmanship',
      'packaging',
    ]);
    expect(quality.sub_scores.map((entry) => entry.score)).toEqual([75, 50, 25]);
    expect(quality.score).toBe(50);
    expect(scores!.dimensions.map((entry) => entry.dimension)).toEqual([
      'quality',
      'materials',
      'market',
      'compliance',
    ]);
    expect(scores!.suppressed).toEqual([]);
  });

  it('hides every sub-score of a council with fewer than 5 products assessed, and says so', () => {
    const [few, many] = councilSubScores([sums('36.02', 3), sums('36.03', 40)], ['36.02', '36.03']);
    expect(few!.products_assessed).toBeNull();
    const values = few!.dimensions.flatMap((entry) => [
      entry.score,
      ...entry.sub_scores.map((sub) => sub.score),
    ]);
    expect(values.every((value) => value === null)).toBe(true);
    expect(few!.suppressed).toContain('packaging');
    expect(few!.suppressed).toContain('quality');
    expect(few!.suppressed).toContain('products_assessed');
    expect(many!.products_assessed).toBe(40);
    expect(many!.suppressed).toEqual([]);
  });
});

describe('GET /api/advice sub-scores', () => {
  beforeAll(() => {
    process.env.ANYAM_DATA = inject('dataDir');
  });
  afterAll(async () => {
    await closeDataset();
  });

  it.each(['quality', 'materials', 'market', 'compliance'])(
    'agree with the metric’s %s scores, for the council and every candidate',
    async (dimension) => {
      const url = new URL(
        `http://localhost/api/advice?council=DKR-36.02&year=2025&dimension=${dimension}`,
      );
      const response = await adviceGet({ url } as never);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as AdviceAnswer;
      const scoreOf = (id: string) =>
        answer.sub_scores[id]!.dimensions.find((entry) => entry.dimension === dimension)!.score;
      expect(scoreOf('DKR-36.02')).toBeCloseTo(answer.own[dimension as PciDimension]!, 9);
      expect(answer.rows.length).toBeGreaterThan(2);
      for (const row of answer.rows) {
        expect(scoreOf(String(row.council_id))).toBeCloseTo(row.dimension_score as number, 9);
        expect(answer.sub_scores[String(row.council_id)]!.products_assessed).toBe(
          row.products_assessed,
        );
      }
      expect(answer.visits_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );
});
