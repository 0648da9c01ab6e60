import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { tables } from '@anyam/core';
import { macros, normaliseSql, typedExpression } from './check-sql.js';

let instance: DuckDBInstance;
let connection: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await connection.run('CREATE SCHEMA imp');
  for (const macro of macros) await connection.run(macro);
});

afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** Applies one macro to each text, as the import does to a column. */
async function apply(macro: string, texts: readonly string[]): Promise<unknown[]> {
  const reader = await connection.runAndReadAll(
    `SELECT CAST(imp.${macro}(v) AS VARCHAR) AS r
     FROM (SELECT unnest(t) AS v, generate_subscripts(t, 1) AS i FROM (SELECT from_json($texts::JSON, '["VARCHAR"]') AS t))
     ORDER BY i`,
    { texts: JSON.stringify(texts) },
  );
  return reader.getRowObjectsJson().map((row) => row.r);
}

describe('the import macros read what a person typed', () => {
  test('to_date: ISO, day first with / - or ., and nothing impossible', async () => {
    expect(
      await apply('to_date', [
        '2024-08-17',
        '17/08/2024',
        '7/8/2024',
        '17-08-2024',
        '17.08.2024',
        '2024-8-7',
        '31/02/2024',
        '08/17/2024',
        '2024-02-30',
        'kemarin',
      ]),
    ).toEqual([
      '2024-08-17',
      '2024-08-17',
      '2024-08-07',
      '2024-08-17',
      '2024-08-17',
      '2024-08-07',
      null,
      null,
      null,
      null,
    ]);
  });

  test('to_int: Rp, thousands separators, zero decimals; nothing fractional', async () => {
    expect(
      await apply('to_int', [
        '1250000',
        '1.250.000',
        'Rp 1.250.000',
        'rp1.250.000,00',
        'Rp. 5.000',
        '1,250,000',
        '5.0',
        '-8000',
        '1,5',
        '1.5',
        '12.50',
        'lima',
      ]),
    ).toEqual([
      '1250000',
      '1250000',
      '1250000',
      '1250000',
      '5000',
      '1250000',
      '5',
      '-8000',
      null,
      null,
      null,
      null,
    ]);
  });

  test('to_share: decimal point, decimal comma and percent', async () => {
    expect(await apply('to_share', ['0.75', '0,75', '75%', '7,5 %', '.5', '1', 'x'])).toEqual([
      '0.75',
      '0.75',
      '0.75',
      '0.075',
      '0.5',
      '1.0',
      null,
    ]);
  });

  test('to_bool: true/false, ya/tidak and their cousins, in any case', async () => {
    expect(
      await apply('to_bool', [
        'true',
        'FALSE',
        'Ya',
        'tidak',
        'sudah',
        'belum',
        '1',
        '0',
        'mungkin',
      ]),
    ).toEqual(['true', 'false', 'true', 'false', 'true', 'false', 'true', 'false', null]);
  });

  test('mask hides what looks like a NIK or a mobile number', async () => {
    expect(
      await apply('mask', [
        '3601010101800001',
        '0812-3456-7801',
        '+6281234567801',
        'A1',
        '1250000',
      ]),
    ).toEqual([null, null, null, 'A1', '1250000']);
  });
});

test('typedExpression reads each column by its kind', () => {
  const column = (table: keyof typeof tables, name: string) => {
    const found = tables[table].columns.find((c) => c.name === name);
    if (!found) throw new Error(name);
    return found;
  };
  expect(typedExpression(column('programs', 'start_date'))).toBe('imp.to_date("start_date__raw")');
  expect(typedExpression(column('programs', 'budget_idr'))).toBe('imp.to_int("budget_idr__raw")');
  expect(typedExpression(column('study_visits', 'practice_ids'))).toBe(
    'list_sort(list_distinct(imp.items("practice_ids__raw")))',
  );
  expect(normaliseSql('councils')).toContain('FROM imp."raw_councils"');
});
