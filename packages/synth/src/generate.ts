import type { DuckDBConnection } from '@duckdb/node-api';
import { tableNames, tables, type TableName } from '@anyam/core';
import { tableDefinition } from '@anyam/duckdb';
import { plantedEffects } from './planted-effects.js';
import { defaultFromYear, defaultToYear, scaleNames, scales, type Scale } from './scales.js';
import type { StepContext } from './steps/context.js';
import { createArtisans } from './steps/artisans.js';
import { createDiffusion } from './steps/diffusion.js';
import { createEnterprises } from './steps/enterprises.js';
import { createExhibitions } from './steps/exhibitions.js';
import { createOutcomes } from './steps/outcomes.js';
import { createProducts } from './steps/products.js';
import { createPrograms, createReach } from './steps/programs.js';
import { createScopeTables } from './steps/scope-tables.js';

export interface GenerateOptions {
  readonly scale: Scale;
  readonly seed: number;
  readonly fromYear?: number;
  readonly toYear?: number;
  /** Called after each step: its name, steps done, steps in all. */
  readonly onProgress?: (step: string, done: number, total: number) => void;
}

/** Yearly reach chance of a man of average engagement. */
const MALE_REACH = 0.62;

/**
 * The yearly reach chance of women that makes female representation (share of reached that are
 * women / share of eligible that are women) equal `target` when a share `f` of artisans are women:
 * with θ = q_F / q_M, representation = θ / (fθ + 1 − f).
 *
 *     femaleReachRatio(0.8, 0.6) // 0.615…
 */
export function femaleReachRatio(target: number, femaleShare: number): number {
  return (target * (1 - femaleShare)) / (1 - target * femaleShare);
}

/**
 * The DDL `generate` uses: the dataset's DDL, except that `artisans` may keep its PII columns
 * (synthetic names, NIKs and phones, which a dataset writer drops).
 *
 *     generatedTableDefinition('artisans', true) // 'CREATE OR REPLACE TABLE "artisans" (... "full_name" VARCHAR, "nik" VARCHAR, ...)'
 */
export function generatedTableDefinition(table: TableName, withPii: boolean): string {
  if (table !== 'artisans' || !withPii) return tableDefinition(table);
  const columns = tables.artisans.columns.map((column) => `"${column.name}" ${column.type}`);
  return `CREATE OR REPLACE TABLE "artisans" (${columns.join(', ')})`;
}

function checkOptions(options: GenerateOptions): { fromYear: number; toYear: number } {
  const fromYear = options.fromYear ?? defaultFromYear;
  const toYear = options.toYear ?? defaultToYear;
  if (!Object.hasOwn(scales, options.scale))
    throw new Error(`Unknown scale "${String(options.scale)}": use ${scaleNames.join(', ')}.`);
  if (!Number.isSafeInteger(options.seed))
    throw new Error(`The seed must be a whole number, got ${options.seed}.`);
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear < 1990 ||
    toYear > 2100 ||
    fromYear > toYear
  ) {
    throw new Error(
      `The years must be whole numbers with 1990 <= fromYear <= toYear <= 2100, got ${fromYear}–${toYear}.`,
    );
  }
  return { fromYear, toYear };
}

const workingTables = [
  'syn_unit',
  'syn_district',
  'syn_province',
  'syn_council',
  'syn_council_block',
  'syn_ent',
  'syn_art',
  'syn_reach',
  'syn_block_map',
  'syn_block',
  'syn_unit_year',
  'syn_first',
  'syn_prod',
  'syn_practice_count',
  'syn_practice_block',
  'syn_visit',
  'syn_shown',
  'syn_exposure',
  'syn_exh',
];

async function drop(connection: DuckDBConnection, names: readonly string[]): Promise<void> {
  for (const name of names) await connection.run(`DROP TABLE IF EXISTS ${name}`);
}

/**
 * Generates a synthetic dataset in `connection`: the 13 tables of spec/domain.md with core's
 * column types (plus `year` on participations and assessments), and `regions` for the scope.
 * Existing tables of those names are replaced. The same seed gives the same rows; the planted
 * effects are documented in `plantedEffects` and README.md.
 *
 *     await generate(connection, { scale: 'banten', seed: 42 });
 *     // SELECT count(*) FROM enterprises  -> 3000
 */
export async function generate(
  connection: DuckDBConnection,
  options: GenerateOptions,
): Promise<void> {
  const { fromYear, toYear } = checkOptions(options);
  const config = scales[options.scale];
  const context: StepContext = {
    connection,
    config,
    params: { seed: options.seed, from_year: fromYear, to_year: toYear },
  };
  const steps: [string, () => Promise<void>][] = [
    [
      'tables',
      async () => {
        for (const table of tableNames)
          await connection.run(generatedTableDefinition(table, config.withPii));
      },
    ],
    ['councils', () => createScopeTables(context)],
    ['enterprises', () => createEnterprises(context)],
    ['artisans', () => createArtisans(context)],
    [
      'reach',
      async () => {
        // Counted as integers, not averaged in SQL: a parallel floating-point sum could differ in
        // its last bit from run to run, and the threshold it sets must not.
        const reader = await connection.runAndReadAll(
          'SELECT count(*) FILTER (WHERE female)::INTEGER AS women, count(*)::INTEGER AS artisans FROM syn_art',
        );
        const counts = reader.getRowObjectsJson()[0];
        const share = Number(counts?.women ?? 1) / Math.max(1, Number(counts?.artisans ?? 2));
        context.params.q_male = MALE_REACH;
        context.params.q_female =
          MALE_REACH * femaleReachRatio(plantedEffects.femaleRepresentation.value, share);
        await createReach(context);
      },
    ],
    // Working tables are dropped as soon as no later step reads them, to keep peak memory down.
    [
      'programs',
      async () => {
        await createPrograms(context);
        await drop(connection, ['syn_art', 'syn_block_map', 'syn_block', 'syn_unit_year']);
      },
    ],
    [
      'outcomes',
      async () => {
        await createOutcomes(context);
        await drop(connection, ['syn_reach', 'syn_first']);
      },
    ],
    ['exhibitions', () => createExhibitions(context)],
    // Before products: an adopted practice raises the visiting regency's later assessments.
    ['study_visits', () => createDiffusion(context)],
    [
      'products',
      async () => {
        await createProducts(context);
        await drop(connection, ['syn_prod', 'syn_ent', 'syn_pci_boost']);
      },
    ],
    ['cleanup', () => drop(connection, workingTables)],
  ];
  // Rows are keyed by ids, never by position, so the inserts need not keep insertion order, and
  // letting DuckDB drop it lowers peak memory on the national scale. The caller's setting is restored.
  const previous = await currentSetting(connection, 'preserve_insertion_order');
  await connection.run('SET preserve_insertion_order = false');
  try {
    let done = 0;
    for (const [name, step] of steps) {
      await step();
      done += 1;
      options.onProgress?.(name, done, steps.length);
    }
  } finally {
    await connection.run(
      `SET preserve_insertion_order = ${previous === 'false' ? 'false' : 'true'}`,
    );
  }
}

async function currentSetting(connection: DuckDBConnection, name: string): Promise<string> {
  const reader = await connection.runAndReadAll('SELECT current_setting($name)::VARCHAR AS value', {
    name,
  });
  return String(reader.getRowObjectsJson()[0]?.value ?? '');
}
