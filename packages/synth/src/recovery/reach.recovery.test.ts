// Recovery: on the Banten demo dataset, reach finds the planted under-representation of women
// (plantedEffects.femaleRepresentation: share of reached that are women / share of eligible that
// are women ≈ 0.8), and reach and retention give the same rows in TypeScript and in SQL for every
// breakdown on a dataset of realistic size.
import {
  reach,
  reachMetric,
  retentionMetric,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { connectionQueryable, runMetric, type MetricQueryable } from '@anyam/duckdb';
import { describe, expect, it } from 'vitest';
import { rowDifferences } from '../../../duckdb/src/metrics/engines.testkit.js';
import { plantedEffects } from '../index.js';
import { useBanten } from './banten.testkit.js';

// The tables reach and retention read, as records (their BIGINT columns are not read).
const banten = useBanten(async (rows) => ({
  regions: await rows('SELECT * FROM regions'),
  enterprises: await rows('SELECT * FROM enterprises'),
  artisans: await rows(
    'SELECT artisan_id, enterprise_id, gender, birth_year, registered_on FROM artisans',
  ),
  programs: await rows('SELECT * FROM programs'),
  participations: await rows(
    'SELECT program_id, artisan_id, enrolled_on, completed FROM participations',
  ),
}));
const db = (): MetricQueryable => connectionQueryable(banten().connection);

describe('reach on the Banten dataset (seed 42)', () => {
  it('recovers the planted female representation for the province', async () => {
    const result = await runMetric(db(), 'reach', {});
    const [row] = result.rows;
    expect(row?.eligible_artisans).toBeGreaterThan(1000);
    // Thousands of artisans: the sampling error of the ratio is a few hundredths.
    expect(row?.female_representation as number).toBeGreaterThan(
      plantedEffects.femaleRepresentation.value - 0.05,
    );
    expect(row?.female_representation as number).toBeLessThan(
      plantedEffects.femaleRepresentation.value + 0.05,
    );
  });

  it('finds women under-reached in every regency of Banten', async () => {
    const result = await runMetric(db(), 'reach', { by: 'region' });
    const regencies = result.rows.filter((row) => (row.eligible_artisans as number) > 300);
    expect(regencies.length).toBeGreaterThanOrEqual(8);
    for (const row of regencies) {
      expect(row.female_representation as number).toBeGreaterThan(0.6);
      expect(row.female_representation as number).toBeLessThan(1);
    }
  });

  it('gives the same rows in TypeScript and SQL for every breakdown, and for retention', async () => {
    const { from, to } = await runMetric(db(), 'reach', {});
    const year = Number(to.slice(0, 4));
    const cases: [typeof reachMetric, MetricOptions][] = [];
    for (const by of [undefined, 'region', 'craft_category', 'program_type'] as const) {
      cases.push([reachMetric, { region: '36', from, to, ...(by ? { by } : {}) }]);
    }
    cases.push([
      reachMetric,
      { region: '36.03', from: `${year - 1}-03-01`, to, category: 'batik', type: 'training' },
    ]);
    for (const by of [undefined, 'region', 'craft_category'] as const) {
      cases.push([
        retentionMetric,
        { region: '36', from: `${year - 1}-01-01`, to: `${year - 1}-12-31`, ...(by ? { by } : {}) },
      ]);
    }
    for (const [definition, options] of cases) {
      const query = definition.sql(options);
      const sql = await db().read!(query.sql, query.params as never);
      const sqlRows: MetricRow[] = sql.rows.map(
        (values) =>
          Object.fromEntries(
            sql.columns.map((column, i) => [column, values[i] ?? null]),
          ) as MetricRow,
      );
      expect({
        name: definition.name,
        options,
        differences: rowDifferences(
          sqlRows,
          definition.compute(banten().input, options),
          definition.suppression.counts,
        ),
      }).toEqual({
        name: definition.name,
        options,
        differences: [],
      });
    }
    // A real dataset reaches people: the check above compared non-trivial rows.
    expect(
      reach(banten().input, { region: '36', from, to })[0]?.reached_artisans as number,
    ).toBeGreaterThan(500);
  });
});
