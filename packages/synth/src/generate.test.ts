import type { DuckDBConnection } from '@duckdb/node-api';
import { artisanInputSchema, tableNames, tables, tableSchemas, type TableName } from '@anyam/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { generate } from './generate.js';
import { generated, one, rows } from './test-helpers.js';

let connection: DuckDBConnection;
beforeAll(async () => {
  connection = await generated('banten', 7);
});

/** BIGINT columns come back from JSON as strings; the schemas want numbers. */
function asRecord(table: TableName, row: Record<string, unknown>): Record<string, unknown> {
  const record = { ...row };
  for (const column of tables[table].columns) {
    if (column.type === 'BIGINT' && typeof record[column.name] === 'string')
      record[column.name] = Number(record[column.name]);
  }
  return record;
}

describe('generate (Banten)', () => {
  test('creates every table with the columns and types of core tables.ts, plus year and regions', async () => {
    for (const table of tableNames) {
      const described = await rows(connection, `DESCRIBE "${table}"`);
      const actual = described.map(
        (column) => `${String(column.column_name)} ${String(column.column_type)}`,
      );
      const expected = tables[table].columns.map((column) => `${column.name} ${column.type}`);
      if (tables[table].partitionYearFrom && tables[table].partitionYearFrom !== 'year')
        expected.push('year INTEGER');
      expect(actual, table).toEqual(expected);
    }
    const regions = await rows(connection, 'DESCRIBE regions');
    expect(regions.map((column) => column.column_name)).toEqual([
      'code',
      'name',
      'level',
      'parent_code',
    ]);
  });

  test('fills every table', async () => {
    for (const table of [...tableNames, 'regions']) {
      const { n } = await one(connection, `SELECT count(*)::INTEGER AS n FROM "${table}"`);
      expect(n, table).toBeGreaterThan(0);
    }
    const { enterprises, artisans } = await one(
      connection,
      'SELECT (SELECT count(*) FROM enterprises)::INTEGER AS enterprises, (SELECT count(*) FROM artisans)::INTEGER AS artisans',
    );
    expect(enterprises).toBe(3000);
    expect(artisans).toBeGreaterThan(7500);
    expect(artisans).toBeLessThan(10500);
  });

  test('every row of every table passes core schema', async () => {
    for (const table of tableNames) {
      const schema = tableSchemas[table];
      const all = await rows(connection, `SELECT * FROM "${table}"`);
      for (const row of all) {
        const result = schema.safeParse(asRecord(table, row));
        if (!result.success)
          throw new Error(`${table}: ${JSON.stringify(row)}: ${result.error.message}`);
      }
    }
  });

  test('artisans carry well-formed synthetic PII (16-digit NIKs, unique)', async () => {
    const all = await rows(connection, 'SELECT * FROM artisans');
    for (const row of all)
      expect(artisanInputSchema.safeParse(row).success, JSON.stringify(row)).toBe(true);
    const { duplicates } = await one(
      connection,
      'SELECT (count(*) - count(DISTINCT nik))::INTEGER AS duplicates FROM artisans',
    );
    expect(duplicates).toBe(0);
  });

  test('keys are unique', async () => {
    for (const table of tableNames) {
      const key = tables[table].key.map((column) => `"${column}"`).join(', ');
      const { duplicates } = await one(
        connection,
        `SELECT (count(*) - (SELECT count(*) FROM (SELECT DISTINCT ${key} FROM "${table}")))::INTEGER AS duplicates FROM "${table}"`,
      );
      expect(duplicates, table).toBe(0);
    }
  });

  test('every foreign id exists', async () => {
    const references: [string, string, string, string][] = [
      ['artisans', 'enterprise_id', 'enterprises', 'enterprise_id'],
      ['programs', 'council_id', 'councils', 'council_id'],
      ['participations', 'program_id', 'programs', 'program_id'],
      ['participations', 'artisan_id', 'artisans', 'artisan_id'],
      ['products', 'enterprise_id', 'enterprises', 'enterprise_id'],
      ['assessments', 'product_id', 'products', 'product_id'],
      ['assessments', 'assessor_council_id', 'councils', 'council_id'],
      ['practices', 'origin_council_id', 'councils', 'council_id'],
      ['study_visits', 'visiting_council_id', 'councils', 'council_id'],
      ['study_visits', 'host_council_id', 'councils', 'council_id'],
      ['adoptions', 'council_id', 'councils', 'council_id'],
      ['adoptions', 'practice_id', 'practices', 'practice_id'],
      ['adoptions', 'source_visit_id', 'study_visits', 'visit_id'],
      ['exhibitors', 'exhibition_id', 'exhibitions', 'exhibition_id'],
      ['exhibitors', 'enterprise_id', 'enterprises', 'enterprise_id'],
      ['outcomes', 'enterprise_id', 'enterprises', 'enterprise_id'],
    ];
    for (const [table, column, target, key] of references) {
      const { missing } = await one(
        connection,
        `SELECT count(*)::INTEGER AS missing FROM "${table}" t WHERE t."${column}" IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM "${target}" r WHERE r."${key}" = t."${column}")`,
      );
      expect(missing, `${table}.${column}`).toBe(0);
    }
    const lists: [string, string, string, string][] = [
      ['study_visits', 'practice_ids', 'practices', 'practice_id'],
      ['exhibitions', 'organizer_council_ids', 'councils', 'council_id'],
    ];
    for (const [table, column, target, key] of lists) {
      const { missing } = await one(
        connection,
        `SELECT count(*)::INTEGER AS missing FROM (SELECT unnest("${column}") AS id FROM "${table}") t
           WHERE NOT EXISTS (SELECT 1 FROM "${target}" r WHERE r."${key}" = t.id)`,
      );
      expect(missing, `${table}.${column}`).toBe(0);
    }
  });

  test('region codes are Banten reference codes, mostly districts, with a province council and one per regency', async () => {
    const { outside, districtShare } = await one(
      connection,
      `SELECT count(*) FILTER (WHERE code IS NULL)::INTEGER AS outside,
              avg((length(region_code) = 8)::INTEGER) AS districtShare
       FROM enterprises e LEFT JOIN regions r ON r.code = e.region_code`,
    );
    expect(outside).toBe(0);
    expect(districtShare).toBeGreaterThan(0.75);
    expect(districtShare).toBeLessThan(0.95);
    const councils = await rows(
      connection,
      'SELECT council_id, region_code, name FROM councils ORDER BY council_id',
    );
    expect(councils).toHaveLength(9);
    expect(councils[0]).toEqual({
      council_id: 'DKR-36',
      region_code: '36',
      name: 'Dekranasda Provinsi Banten',
    });
    expect(councils.map((council) => council.name)).toContain('Dekranasda Kabupaten Lebak');
    const regencies = await rows(
      connection,
      "SELECT code FROM regions WHERE level = 'regency' ORDER BY code",
    );
    expect(regencies.map((region) => region.code)).toEqual([
      '36.01',
      '36.02',
      '36.03',
      '36.04',
      '36.71',
      '36.72',
      '36.73',
      '36.74',
    ]);
  });

  test('looks real: revenue bands of PP 7/2021, program sizes, prices, visits showing 1–4 practices', async () => {
    const bands = await one(
      connection,
      `SELECT max(revenue_idr) FILTER (WHERE size_class = 'micro') AS micro_max,
              min(revenue_idr) FILTER (WHERE size_class = 'small') AS small_min,
              max(revenue_idr) FILTER (WHERE size_class = 'small') AS small_max,
              min(revenue_idr) AS overall_min
       FROM outcomes JOIN enterprises USING (enterprise_id)`,
    );
    expect(Number(bands.micro_max)).toBeLessThanOrEqual(2e9);
    expect(Number(bands.small_min)).toBeGreaterThan(2e9);
    expect(Number(bands.small_max)).toBeLessThanOrEqual(15e9);
    expect(Number(bands.overall_min)).toBeGreaterThan(0);
    const sizes = await one(
      connection,
      `SELECT avg((n BETWEEN 15 AND 40)::INTEGER) AS in_range, median(n) AS median
       FROM (SELECT program_id, count(*) AS n FROM participations GROUP BY program_id)`,
    );
    expect(sizes.in_range).toBeGreaterThan(0.95);
    expect(sizes.median).toBeGreaterThan(20);
    const prices = await one(
      connection,
      'SELECT min(unit_price_idr)::DOUBLE AS low, max(unit_price_idr)::DOUBLE AS high FROM products',
    );
    expect(prices.low).toBeGreaterThanOrEqual(25_000);
    expect(prices.high).toBeLessThanOrEqual(2_500_000);
    const shown = await one(
      connection,
      'SELECT min(len(practice_ids))::INTEGER AS low, max(len(practice_ids))::INTEGER AS high FROM study_visits',
    );
    expect(shown.low).toBeGreaterThanOrEqual(1);
    expect(shown.high).toBeLessThanOrEqual(4);
    const lebak = await one(
      connection,
      `SELECT mode(craft_category) AS craft FROM enterprises WHERE region_code = '36.02' OR region_code LIKE '36.02.%'`,
    );
    expect(lebak.craft).toBe('woven_textile');
    const names = await rows(
      connection,
      "SELECT name FROM programs WHERE name LIKE 'Pelatihan %' LIMIT 1",
    );
    expect(String(names[0]?.name)).toMatch(/^Pelatihan .+ 20\d\d$/);
  });

  test('nobody enrols before registering, and dates stay inside the period', async () => {
    const checks = await one(
      connection,
      `SELECT (SELECT count(*) FROM participations p JOIN artisans a USING (artisan_id) WHERE p.enrolled_on < a.registered_on)::INTEGER AS early,
              (SELECT count(*) FROM participations WHERE year <> year(enrolled_on) OR year NOT BETWEEN 2021 AND 2025)::INTEGER AS bad_year,
              (SELECT count(*) FROM adoptions WHERE adopted_on > DATE '2025-12-31')::INTEGER AS future,
              (SELECT count(*) FROM programs WHERE end_date < start_date)::INTEGER AS reversed,
              (SELECT count(*) FROM participations JOIN programs USING (program_id)
                WHERE completed AND end_date > DATE '2025-12-31')::INTEGER AS completed_running,
              (SELECT count(*) FROM participations JOIN programs USING (program_id)
                WHERE year(start_date) <> participations.year)::INTEGER AS other_year`,
    );
    expect(checks).toEqual({
      early: 0,
      bad_year: 0,
      future: 0,
      reversed: 0,
      completed_running: 0,
      other_year: 0,
    });
  });

  test('honours fromYear and toYear', async () => {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const other = await (await DuckDBInstance.create(':memory:')).connect();
    const steps: string[] = [];
    await generate(other, {
      scale: 'banten',
      seed: 1,
      fromYear: 2023,
      toYear: 2024,
      onProgress: (step) => steps.push(step),
    });
    const years = await one(
      other,
      'SELECT min(year)::INTEGER AS low, max(year)::INTEGER AS high FROM (SELECT year FROM outcomes UNION ALL SELECT year FROM participations)',
    );
    expect(years).toEqual({ low: 2023, high: 2024 });
    expect(steps.at(-1)).toBe('cleanup');

    // An early period keeps registrations before its end and founding before registration.
    const early = await (await DuckDBInstance.create(':memory:')).connect();
    await generate(early, { scale: 'banten', seed: 1, fromYear: 1995, toYear: 1997 });
    const dates = await one(
      early,
      `SELECT max(registered_on)::VARCHAR AS last, min(founded_year) AS first_founded,
              count(*) FILTER (WHERE founded_year > year(registered_on))::INTEGER AS founded_late
       FROM enterprises`,
    );
    expect(String(dates.last) <= '1997-12-31').toBe(true);
    expect(dates.first_founded).toBeGreaterThan(1900);
    expect(dates.founded_late).toBe(0);
  });

  test('refuses bad options with one sentence', async () => {
    await expect(generate(connection, { scale: 'banten', seed: 1.5 })).rejects.toThrow(
      /seed must be a whole number/,
    );
    await expect(
      generate(connection, { scale: 'banten', seed: 1, fromYear: 2025, toYear: 2021 }),
    ).rejects.toThrow(/years/);
    await expect(generate(connection, { scale: 'mars' as 'banten', seed: 1 })).rejects.toThrow(
      /Unknown scale/,
    );
  });
});
