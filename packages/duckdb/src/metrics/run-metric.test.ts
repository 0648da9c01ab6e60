import {
  metricDefinitions,
  metricNames,
  MetricOptionsError,
  reach,
  reachMetric,
} from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { assessment, product } from './competitiveness-fixture.testkit.js';
import { emptyInput, rowDifferences } from './engines.testkit.js';
import { runMetric, type MetricQueryable } from './run-metric.js';
import { useRecordsDb } from './records-db.testkit.js';
import { workedExample } from './worked-example.js';

const db = useRecordsDb(workedExample);

describe('runMetric', () => {
  it('returns the CLI JSON shape with the period and rows of the TypeScript function', async () => {
    const result = await runMetric(db(), 'reach', { region: '36', year: '2024', by: 'region' });
    expect(result).toMatchObject({
      metric: 'reach',
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(
      rowDifferences(
        result.rows,
        reach(workedExample, { region: '36', from: '2024-01-01', to: '2024-12-31', by: 'region' }),
        reachMetric.suppression.counts,
      ),
    ).toEqual([]);
  });

  it('defaults to the latest year with a participation (2025 in the example)', async () => {
    const result = await runMetric(db(), 'retention', {});
    expect([result.region, result.from, result.to]).toEqual(['36', '2025-01-01', '2025-12-31']);
  });

  it('turns BIGINT text into numbers when the queryable has only `query`', async () => {
    const queryOnly: MetricQueryable = { query: db().query };
    const result = await runMetric(queryOnly, 'reach', { year: 2024 });
    expect(result.rows[0]?.eligible_artisans).toBe(5);
    expect(result.rows[0]?.region_code).toBe('36');
  });

  it('suppresses small cells when asked', async () => {
    const result = await runMetric(db(), 'retention', { year: 2024, suppress: true });
    expect(result.rows).toEqual([
      {
        region_code: '36',
        reached: null,
        retained: null,
        retention_rate: null,
        suppressed: ['reached', 'retained', 'retention_rate'],
      },
    ]);
    const loose = await runMetric(db(), 'retention', { year: 2024, suppress: { k: 1 } });
    expect(loose.rows).toEqual([
      { region_code: '36', reached: 3, retained: 1, retention_rate: 1 / 3, suppressed: [] },
    ]);
  });

  it('runs at the national scope ID, which no dataset has as a row, keyed by province', async () => {
    const result = await runMetric(db(), 'reach', { region: 'ID', year: '2024', by: 'region' });
    expect(result.region).toBe('ID');
    expect(result.rows.map((row) => row.region_code)).toEqual(
      workedExample.regions
        .filter((r) => r.parent_code === null)
        .map((r) => r.code)
        .sort(),
    );
    const province = await runMetric(db(), 'reach', { region: '36', year: '2024' });
    expect(result.rows.find((row) => row.region_code === '36')).toEqual(province.rows[0]);
  });

  it('refuses a region missing from the dataset and bad options with one sentence', async () => {
    await expect(runMetric(db(), 'reach', { region: '36.04' })).rejects.toThrow(
      "Region 36.04 is not in the dataset's region reference.",
    );
    await expect(runMetric(db(), 'reach', { year: '24' })).rejects.toBeInstanceOf(
      MetricOptionsError,
    );
    await expect(runMetric(db(), 'reach', { by: 'council' })).rejects.toThrow(
      'reach can be broken down --by region or craft_category or program_type, not "council".',
    );
  });

  it('runs every registered metric with the same rows as its TypeScript function', async () => {
    for (const name of metricNames) {
      const definition = metricDefinitions[name];
      if (!definition) continue;
      const raw = name === 'advice' ? { council: 'C1', year: 2024 } : { year: 2024 };
      const result = await runMetric(db(), name, raw);
      const options = {
        region: '36',
        from: '2024-01-01',
        to: '2024-12-31',
        ...(name === 'advice' ? { council: 'C1' } : {}),
      };
      expect({
        name,
        differences: rowDifferences(
          result.rows,
          definition.compute(workedExample, options),
          definition.suppression.counts,
        ),
      }).toEqual({ name, differences: [] });
    }
  });
});

describe('runMetric with suppression and text', () => {
  // Kab. Lebak (C3602) has 20 assessed products and hosted C3601 twice in 2024: a small visit
  // count, which suppression publishes (a council's work), beside means it may hide.
  const input = emptyInput({
    regions: [
      { code: '36', name: 'Banten', level: 'province', parent_code: null },
      { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
      { code: '36.02', name: 'Kabupaten Lebak', level: 'regency', parent_code: '36' },
    ],
    councils: ['36.01', '36.02'].map((code) => ({
      council_id: `C${code.replace('.', '')}`,
      region_code: code,
      name: `Dekranasda ${code}`,
    })),
    enterprises: ['36.01', '36.02'].map((code) => ({
      enterprise_id: `E${code}`,
      region_code: code,
      name: `Usaha ${code}`,
      craft_category: 'batik' as const,
      size_class: 'micro' as const,
      owner_gender: 'F' as const,
      founded_year: 2000,
      registered_on: '2020-01-01',
    })),
    products: [
      product('P0', 'E36.01', 'batik', 0.5, [], ['local']),
      ...Array.from({ length: 20 }, (_, i) =>
        product(`P${i + 1}`, 'E36.02', 'batik', 0.5, [], ['local']),
      ),
    ],
    assessments: [
      assessment('P0', '2024-01-15', [2, 2, 2, 2, 2]),
      ...Array.from({ length: 20 }, (_, i) =>
        assessment(`P${i + 1}`, '2024-01-15', [4, 4, 4, 4, 4]),
      ),
    ],
    study_visits: ['2024-03-01', '2024-09-01'].map((visit_date, i) => ({
      visit_id: `V${i}`,
      visiting_council_id: 'C3601',
      host_council_id: 'C3602',
      visit_date,
      delegation_size: 3,
      practice_ids: [],
    })),
  });
  const smallDb = useRecordsDb(input);

  it("writes advice's reasons from the suppressed values, and states them without suppression", async () => {
    const raw = { council: 'C3601', year: 2024, dimension: 'quality' };
    const open = await runMetric(smallDb(), 'advice', raw);
    expect(open.rows.map((row) => [row.visits_hosted, row.reasons])).toEqual([
      [2, ['Produk Kab. Lebak unggul 50 poin pada kualitas', 'sudah 2 kali menerima studi tiru']],
    ]);

    // Study visits are a council's public work: suppression publishes 2 and so do the reasons.
    const published = await runMetric(smallDb(), 'advice', { ...raw, suppress: true });
    expect(published.rows).toHaveLength(1);
    const [row] = published.rows;
    expect(row?.visits_hosted).toBe(2);
    expect(row?.suppressed).toEqual([]);
    expect(row?.reasons).toEqual([
      'Produk Kab. Lebak unggul 50 poin pada kualitas',
      'sudah 2 kali menerima studi tiru',
    ]);

    // With k above the 20 assessed products the means are hidden, and the lead they give too.
    const english = await runMetric(smallDb(), 'advice', {
      ...raw,
      lang: 'en',
      suppress: { k: 25 },
    });
    expect(english.rows[0]?.suppressed).toEqual(['dimension_score', 'gap', 'products_assessed']);
    expect(english.rows[0]?.reasons).toEqual(['has hosted 2 study visits']);
  });
});
