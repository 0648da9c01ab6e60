/**
 * The attack: a council with fewer than 5 assessed products has its own dimension means hidden,
 * but each candidate's published score minus a published gap would give them back. Run on a copy
 * of the Banten demo dataset in which Kota Cilegon keeps the assessments of 3 products only.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GET as adviceGet } from '../../../routes/api/advice/+server.js';
import { GET as metricGet } from '../../../routes/api/metrics/[name]/+server.js';
import { closeDataset } from '../dataset.js';
import type { AdviceAnswer } from './advice.js';
import { fewProductsDataset } from './few-products-dataset.js';

let dir: string;
beforeAll(async () => {
  dir = await fewProductsDataset(inject('dataDir'), '36.72', 3);
  await closeDataset();
  process.env.ANYAM_DATA = dir;
}, 120_000);
afterAll(async () => {
  await closeDataset();
  if (dir) await rm(join(dir, '..'), { recursive: true, force: true });
});

describe('GET /api/advice for a council with fewer than 5 products assessed', () => {
  it.each(['quality', 'compliance'])(
    'hides the gap on %s with its own score, in the numbers and the sentences',
    async (dimension) => {
      const url = new URL(
        `http://localhost/api/advice?council=DKR-36.72&year=2025&dimension=${dimension}`,
      );
      const response = await adviceGet({ url } as never);
      expect(response.status).toBe(200);
      const answer = (await response.json()) as AdviceAnswer;
      expect(answer.own.products_assessed).toBeNull();
      expect(answer.own.suppressed).toContain(dimension);
      expect(answer.rows.length).toBeGreaterThan(2);
      for (const row of answer.rows) {
        expect(row.dimension_score).not.toBeNull();
        expect(row.gap).toBeNull();
        expect(row.suppressed).toContain('gap');
        expect((row.reasons as string[]).join(' ')).not.toMatch(/unggul|tertinggal|setara|poin/);
      }
    },
  );
});

describe('GET /api/metrics/advice for that council (the public metric API)', () => {
  it('hides every gap too, and the sentences say no lead, while the candidates keep their scores', async () => {
    const url = new URL(
      'http://localhost/api/metrics/advice?council=DKR-36.72&year=2025&dimension=quality&lang=en',
    );
    const response = await metricGet({ url, params: { name: 'advice' } } as never);
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { rows: Record<string, unknown>[] };
    expect(answer.rows.length).toBeGreaterThan(2);
    for (const row of answer.rows) {
      expect(row.dimension_score).not.toBeNull();
      expect(row.gap).toBeNull();
      expect(row.suppressed).toContain('gap');
      expect(row).not.toHaveProperty('name');
      expect((row.reasons as string[]).join(' ')).not.toMatch(/ahead|behind|points/);
    }
  });

  it('keeps the gaps of a council whose own score is published', async () => {
    const url = new URL(
      'http://localhost/api/metrics/advice?council=DKR-36.03&year=2025&dimension=quality',
    );
    const response = await metricGet({ url, params: { name: 'advice' } } as never);
    const answer = (await response.json()) as { rows: Record<string, unknown>[] };
    expect(answer.rows.some((row) => typeof row.gap === 'number')).toBe(true);
  });
});
