import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  adviceMetric,
  competitivenessMetric,
  defaultYearsSql,
  eventStudyMetric,
  impactMetric,
  rcaMetric,
  reachMetric,
  retentionMetric,
  type MetricDefinition,
  type MetricInput,
  visitOutcomesMetric,
} from '@anyam/core';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRecords } from '../load-records.js';
import { parseManifest } from '../manifest.js';
import { adviceInputArbitrary, metricInputArbitrary } from '../metrics/arbitrary.js';
import { rowDifferences } from '../metrics/engines.testkit.js';
import { runMetric } from '../metrics/run-metric.js';
import { openDataset } from '../open-dataset.js';
import { writeDataset } from '../write-dataset.js';
import { manifestDefaultYears } from './derived-span.js';
import { derivedSpanOf } from './derived-views.js';
import { derivedTableNames, isDerivedFile, laterTableNames } from './derived-tables.js';

let root: string;
let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'anyam-derived-'));
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
});

afterAll(async () => {
  connection.closeSync();
  instance.closeSync();
  await rm(root, { recursive: true, force: true });
});

const inputs = [
  ...fc.sample(metricInputArbitrary({ years: [2023, 2024], maxParticipations: 120 }), {
    numRuns: 6,
    seed: 7,
  }),
  ...fc.sample(adviceInputArbitrary, { numRuns: 3, seed: 11 }),
];

const cases: [MetricDefinition, Record<string, unknown>][] = [
  [reachMetric, {}],
  [reachMetric, { by: 'region' }],
  [reachMetric, { by: 'program_type' }],
  [retentionMetric, { by: 'craft_category' }],
  [competitivenessMetric, { by: 'region' }],
  [rcaMetric, {}],
  [adviceMetric, { council: 'C1' }],
  [visitOutcomesMetric, {}],
  [impactMetric, {}],
  [eventStudyMetric, { horizon: 2 }],
];

async function written(input: MetricInput, name: string, derived = true): Promise<string> {
  await loadRecords(connection, input);
  const dir = join(root, name);
  await writeDataset(connection, dir, { createdBy: { command: 'test' }, derived });
  return dir;
}

describe('writeDataset with derived tables', () => {
  it('lists them in manifest.json under derived/, and every metric run over them equals the TypeScript', async () => {
    let compared = 0;
    for (const [i, input] of inputs.entries()) {
      const dir = await written(input, `case-${i}`);
      const manifest = parseManifest(await readFile(join(dir, 'manifest.json'), 'utf8'), dir);
      if (!manifest.derived) continue;
      for (const table of derivedTableNames) {
        // A dataset written today lists every derived table, the later ones too.
        const entry = manifest.derived.tables[table];
        expect(entry, table).toBeDefined();
        for (const file of entry?.files ?? []) {
          expect(isDerivedFile(table, file), file).toBe(true);
        }
      }
      const dataset = await openDataset(dir, { poolSize: 1 });
      try {
        for (const year of [2023, 2024]) {
          for (const [definition, extra] of cases) {
            const options = { region: '36', from: `${year}-01-01`, to: `${year}-12-31`, ...extra };
            let expected;
            try {
              expected = definition.compute(input, options);
            } catch (error) {
              await expect(runMetric(dataset, definition.name, options)).rejects.toThrow(
                (error as Error).message,
              );
              continue;
            }
            const { rows } = await runMetric(dataset, definition.name, options);
            expect(
              rowDifferences(rows, expected, definition.suppression.counts),
              `${definition.name} ${JSON.stringify(options)}`,
            ).toEqual([]);
            compared += 1;
          }
        }
      } finally {
        await dataset.close();
      }
    }
    expect(compared).toBeGreaterThan(50);
  });

  it('writes none when told not to, and the manifest then has no derived entry', async () => {
    const [input] = inputs;
    const dir = await written(input as MetricInput, 'plain', false);
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.derived).toBeUndefined();
    const dataset = await openDataset(dir, { poolSize: 1 });
    try {
      await expect(dataset.query('SELECT * FROM artisan_years')).rejects.toThrow(/artisan_years/);
    } finally {
      await dataset.close();
    }
  });

  it('gives the default period from the manifest as the scan of the tables does', async () => {
    for (const [i, input] of inputs.slice(0, 4).entries()) {
      const dir = await written(input, `years-${i}`);
      const dataset = await openDataset(dir, { poolSize: 1 });
      try {
        for (const metric of ['reach', 'impact'] as const) {
          const query = defaultYearsSql(metric);
          const [row] = await dataset.query(query.sql, query.params);
          const scanned =
            row?.first_year === null ? null : { first: row?.first_year, last: row?.last_year };
          expect(manifestDefaultYears(dataset.manifest, metric), `${i} ${metric}`).toEqual(scanned);
        }
      } finally {
        await dataset.close();
      }
    }
  });

  it('opens a dataset written before assessment_region_sums or enterprise_firsts existed, and computes them on read', async () => {
    const input = inputs[0] as MetricInput;
    expect(input.assessments.length).toBeGreaterThan(0);
    const dir = await written(input, 'older');
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(path, 'utf8'));
    delete manifest.derived.tables.assessment_region_sums;
    await rm(join(dir, 'derived', 'assessment_region_sums'), { recursive: true, force: true });
    await writeFile(path, JSON.stringify(manifest));
    const dataset = await openDataset(dir, { poolSize: 1 });
    try {
      expect(dataset.manifest.derived?.tables.assessment_region_sums).toBeUndefined();
      const [sums] = await dataset.query(
        'SELECT CAST(sum(assessments) AS INTEGER) AS n FROM assessment_region_sums',
      );
      expect(sums?.n ?? 0).toBe(input.assessments.length);
      for (const region of ['36', '36.01']) {
        const options = { region, from: '2023-01-01', to: '2024-12-31' };
        const { rows } = await runMetric(dataset, 'visit_outcomes', options);
        const expected = visitOutcomesMetric.compute(input, options);
        expect(rowDifferences(rows, expected, visitOutcomesMetric.suppression.counts)).toEqual([]);
      }
    } finally {
      await dataset.close();
    }
    // A dataset written before the later tables (enterprise_firsts, reach_region_years,
    // product_points): impact, the event study, reach and competitiveness read the others (each
    // view would compute the whole country per request).
    for (const table of laterTableNames) {
      delete manifest.derived.tables[table];
      await rm(join(dir, 'derived', table), { recursive: true, force: true });
      await rm(join(dir, 'derived', `${table}.parquet`), { force: true });
    }
    await writeFile(path, JSON.stringify(manifest));
    const older = await openDataset(dir, { poolSize: 1 });
    try {
      expect(derivedSpanOf(older.manifest)?.laterTables).toEqual([]);
      const [firms] = await older.query(
        'SELECT CAST(count(*) AS INTEGER) AS n FROM enterprise_firsts',
      );
      expect(firms?.n).toBe(new Set(input.enterprises.map((e) => e.enterprise_id)).size);
      for (const [definition, from] of [
        [impactMetric, '2023-01-01'],
        [eventStudyMetric, '2023-01-01'],
        [reachMetric, '2024-01-01'],
        [competitivenessMetric, '2024-01-01'],
      ] as const) {
        const options = { region: '36', from, to: '2024-12-31' };
        const { rows } = await runMetric(older, definition.name, options);
        const expected = definition.compute(input, options);
        expect(rowDifferences(rows, expected, definition.suppression.counts)).toEqual([]);
      }
    } finally {
      await older.close();
    }
    // Only a table added later may be missing: one of the first is still refused.
    delete manifest.derived.tables.artisan_facts;
    await writeFile(path, JSON.stringify(manifest));
    await expect(openDataset(dir)).rejects.toThrow(/derived\.tables\.artisan_facts is missing/);
  });

  it('refuses a manifest whose derived entry points outside the dataset, a later table too', async () => {
    const [input] = inputs;
    const dir = await written(input as MetricInput, 'attack');
    const path = join(dir, 'manifest.json');
    const original = await readFile(path, 'utf8');
    for (const table of ['artisan_facts', 'product_points'] as const) {
      const manifest = JSON.parse(original);
      manifest.derived.tables[table].files = ['../../etc/passwd.parquet'];
      await writeFile(path, JSON.stringify(manifest));
      await expect(openDataset(dir)).rejects.toThrow(
        `derived.tables.${table}.files lists a path that is not one of ${table}'s files`,
      );
    }
  });
});
