import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PciDimension } from '@anyam/core';
import { GET as adviceGet } from '../../../routes/api/advice/+server.js';
import { GET as subScoresGet } from '../../../routes/api/advice/sub-scores/+server.js';
import { closeDataset } from '../dataset.js';
import type { AdviceAnswer } from './advice.js';
import { councilSubScores, type AdviceSubScoresAnswer } from './advice-sub-scores.js';
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

async function get<T>(handler: unknown, path: string): Promise<{ status: number; body: T }> {
  const response = await (handler as (event: never) => Promise<Response>)({
    url: new URL(path, 'http://localhost'),
  } as never);
  return { status: response.status, body: (await response.json()) as T };
}

describe('GET /api/advice/sub-scores', () => {
  beforeAll(() => {
    process.env.ANYAM_DATA = inject('dataDir');
  });
  afterAll(async () => {
    await closeDataset();
  });

  it.each(['quality', 'materials', 'market', 'compliance'])(
    'agrees with the advice metric’s %s scores, for the council and every candidate',
    async (dimension) => {
      const advice = await get<AdviceAnswer>(
        adviceGet,
        `/api/advice?council=DKR-36.02&year=2025&dimension=${dimension}`,
      );
      const { status, body } = await get<AdviceSubScoresAnswer>(
        subScoresGet,
        '/api/advice/sub-scores?year=2025',
      );
      expect(status).toBe(200);
      expect(body.to).toBe(advice.body.to);
      const scoreOf = (id: string) =>
        body.sub_scores[id]!.dimensions.find((entry) => entry.dimension === dimension)!.score;
      expect(scoreOf('DKR-36.02')).toBeCloseTo(advice.body.own[dimension as PciDimension]!, 9);
      expect(advice.body.rows.length).toBeGreaterThan(2);
      for (const row of advice.body.rows) {
        expect(scoreOf(String(row.council_id))).toBeCloseTo(row.dimension_score as number, 9);
        expect(body.sub_scores[String(row.council_id)]!.products_assessed).toBe(
          row.products_assessed,
        );
      }
      expect(advice.body.visits_from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it.each([
    ['?year=20x4', /^year must be a whole year/],
    ['?council=DKR-36.02', /^Unknown parameter "council"/],
  ])('answers 400 for %s', async (query, message) => {
    const { status, body } = await get<{ error: string }>(
      subScoresGet,
      `/api/advice/sub-scores${query}`,
    );
    expect(status).toBe(400);
    expect(body.error).toMatch(message);
  });
});
