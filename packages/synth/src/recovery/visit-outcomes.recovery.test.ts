// Recovery: on the Banten demo dataset, visit_outcomes shows what `generate` planted
// (plantedEffects.visitPciBoost: a practice of design, product development, materials or
// marketing that a regency council adopts after a study visit raises the matching score of its
// regency's products by a point from the year after that visit on); and its two engines agree.
import { visitOutcomesMetric, type MetricOptions, type MetricRow } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const banten = useBanten(async (rows) => ({
  councils: await rows('SELECT * FROM councils'),
  enterprises: await rows('SELECT * FROM enterprises'),
  products: await rows('SELECT * FROM products'),
  assessments: await rows('SELECT * EXCLUDE (year) FROM assessments'),
  study_visits: await rows('SELECT * FROM study_visits'),
  adoptions: await rows('SELECT * FROM adoptions'),
  regions: await rows('SELECT * FROM regions'),
}));

// Visits of 2022–2024 have assessments in the year before and the year after (2021–2025).
const options: MetricOptions = { region: '36', from: '2022-01-01', to: '2024-12-31' };

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const variance = (values: readonly number[]) => {
  const m = mean(values);
  return values.reduce((sum, v) => sum + (v - m) ** 2, 0) / (values.length - 1);
};

describe('visit_outcomes recovers the planted effect of adopted practices on PCI', () => {
  it('follows every visit of Banten councils, in both engines', async () => {
    const ts = visitOutcomesMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(visitOutcomesMetric, options));
    expect(ts.length).toBeGreaterThan(30);
    expect(ts.every((row) => (row.practices_shown as number) >= 1)).toBe(true);
  });

  it('raises PCI after visits that first showed a practice the visitor adopted, against the others', async () => {
    // The visits that planted a point: a regency council's earliest visit showing a practice of
    // a boosting category that it adopted (stage adopted or institutionalized) after that visit.
    const categories = Object.keys(plantedEffects.visitPciBoost.scoreByCategory);
    const reader = await banten().connection.runAndReadAll(
      `WITH shown AS (
         SELECT v.visit_id, v.visiting_council_id, v.visit_date, unnest(v.practice_ids) AS practice_id
         FROM study_visits v JOIN councils c ON c.council_id = v.visiting_council_id
         WHERE c.region_code LIKE '%.%'),
       first_shown AS (
         SELECT * FROM shown
         QUALIFY row_number() OVER (PARTITION BY visiting_council_id, practice_id ORDER BY visit_date, visit_id) = 1)
       SELECT DISTINCT f.visit_id FROM first_shown f
       JOIN practices p ON p.practice_id = f.practice_id
       JOIN adoptions a ON a.council_id = f.visiting_council_id AND a.practice_id = f.practice_id
         AND a.stage IN ('adopted', 'institutionalized') AND a.adopted_on >= f.visit_date
       WHERE p.practice_category IN (${categories.map((c) => `'${c}'`).join(', ')})`,
    );
    // The planted point shows in the regency's assessments of the year after: every visit of
    // that council in that year has it in its `after` year.
    const boostingVisits = reader.getRowObjectsJson().map((row) => String(row.visit_id));
    const visits = banten().input.study_visits;
    const councilYear = (id: string) => {
      const visit = visits.find((v) => v.visit_id === id);
      return `${visit?.visiting_council_id}|${visit?.visit_date.slice(0, 4)}`;
    };
    const boosting = new Set(boostingVisits.map(councilYear));
    const rows = visitOutcomesMetric
      .compute(banten().input, options)
      .filter(
        (row) =>
          typeof row.relative_change === 'number' && String(row.visiting_council_id) !== 'DKR-36',
      ) as MetricRow[];
    const boosted = rows.filter((row) => boosting.has(councilYear(String(row.visit_id))));
    const others = rows.filter((row) => !boosting.has(councilYear(String(row.visit_id))));
    expect(boosted.length).toBeGreaterThan(5);
    expect(others.length).toBeGreaterThan(5);
    const a = boosted.map((row) => row.relative_change as number);
    const b = others.map((row) => row.relative_change as number);
    const difference = mean(a) - mean(b);
    const se = Math.sqrt(variance(a) / a.length + variance(b) / b.length);
    // A point on one score is +2.1 (quality) or +3.1 (materials, market) PCI points; a year can
    // raise several scores, never more than all four (2 × 2.1 + 2 × 3.1 = 10.4).
    expect(difference - 1.96 * se).toBeGreaterThan(0);
    expect(difference + 1.96 * se).toBeLessThan(10.4);
  });
});
