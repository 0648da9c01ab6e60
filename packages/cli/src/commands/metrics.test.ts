import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reach, metricDefinitions, metricNames } from '@anyam/core';
import { loadRecords, writeDataset } from '@anyam/duckdb';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workedExample } from '../../../duckdb/src/metrics/worked-example.js';
import { main } from '../main.js';
import * as metrics from './metrics.js';

let dir: string;
let data: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'anyam-metrics-'));
  data = join(dir, 'data', 'export');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await loadRecords(connection, workedExample);
  await writeDataset(connection, data, { createdBy: { command: 'test' } as never });
  connection.closeSync();
  instance.closeSync();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    ['metrics', ...args],
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      isTTY: false,
      env: {},
      cwd: dir,
    },
    [metrics],
  );
  return { code, stdout, stderr };
}

describe('anyam metrics', () => {
  it('prints the JSON shape of interfaces.md with numbers for counts', async () => {
    const { code, stdout, stderr } = await cli(
      'reach',
      '--data',
      data,
      '--year',
      '2024',
      '--by',
      'region',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result)).toEqual(['metric', 'region', 'from', 'to', 'rows']);
    expect(result).toMatchObject({
      metric: 'reach',
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
    });
    const expected = reach(workedExample, {
      region: '36',
      from: '2024-01-01',
      to: '2024-12-31',
      by: 'region',
    });
    expect(
      result.rows.map((row: Record<string, unknown>) => [
        row.region_code,
        row.eligible_artisans,
        row.reached_artisans,
      ]),
    ).toEqual(
      expected.map((row) => [row.region_code, row.eligible_artisans, row.reached_artisans]),
    );
    expect(result.rows[1].reach_rate).toBeCloseTo(2 / 3, 12);
  });

  it('runs --region ID, the whole country, one row per province with --by region', async () => {
    const national = await cli(
      'reach',
      '--data',
      data,
      '--year',
      '2024',
      '--region',
      'ID',
      '--by',
      'region',
      '--json',
    );
    expect(national.stderr).toBe('');
    expect(national.code).toBe(0);
    const result = JSON.parse(national.stdout);
    expect(result.region).toBe('ID');
    const province = JSON.parse(
      (await cli('reach', '--data', data, '--year', '2024', '--json')).stdout,
    );
    expect(result.rows.find((row: { region_code: string }) => row.region_code === '36')).toEqual(
      province.rows[0],
    );
    const lower = await cli('reach', '--data', data, '--region', 'id');
    expect(lower.code).toBe(2);
    expect(lower.stderr).toContain('--region must be ID (all of Indonesia) or a region code');
  });

  it('reads --data from the working directory and the default period', async () => {
    const { code, stdout } = await cli('retention', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      metric: 'retention',
      from: '2025-01-01',
      to: '2025-12-31',
    });
  });

  it('prints a readable table without --json', async () => {
    const single = await cli('retention', '--data', data, '--year', '2024');
    expect(single.stdout).toBe(
      'retention, region 36, 2024-01-01..2024-12-31\nregion_code     36\nreached         3\nretained        1\nretention_rate  0.3333\n',
    );
    const table = await cli('retention', '--data', data, '--year', '2024', '--by', 'region');
    expect(table.stdout.split('\n').slice(1, 4)).toEqual([
      'region_code  reached  retained  retention_rate',
      '36                 0         0               –',
      '36.01              2         1             0.5',
    ]);
  });

  it.each([
    [['rech', '--data', 'x'], 'anyam metrics: Unknown metric "rech": use one of'],
    [['reach', '--year', 'last'], 'anyam metrics: --year must be a whole year'],
    [['reach', '--yaer', '2024'], 'anyam metrics: Unknown option --yaer'],
    [[], 'anyam metrics: Give the metric NAME, one of'],
    [
      ['retention', '--by', 'program_type'],
      'anyam metrics: retention can be broken down --by region or craft_category',
    ],
    [['event_study', '--horizon', '0'], 'anyam metrics: --horizon must be a whole number'],
    [['impact', '--outcome', 'profit'], 'anyam metrics: --outcome must be one of revenue_idr,'],
    [['impact', '--by', 'cohort'], 'anyam metrics: impact has no breakdown, so --by cohort'],
    [['programs', '--by', 'cohort'], 'anyam metrics: programs can be broken down --by council'],
    [
      ['reach', '--region', '99'],
      "anyam metrics: Region 99 is not in the dataset's region reference.",
    ],
  ])('exits 2 with one sentence on bad arguments %j', async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.slice(0, message.length)).toBe(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });

  it('serves programs by council, with the worked example numbers', async () => {
    // 2023: C1 (36) runs P1: rows A1, A3, A6 (completed) and A2 (not), target 10, Rp1,000,000.
    // C2 (36.01) runs P2 (A1, A4, neither completed) and P3 (A5, A7, A1, completed): target 20.
    const { code, stdout } = await cli(
      'programs',
      '--data',
      data,
      '--year',
      '2023',
      '--by',
      'council',
      '--json',
    );
    expect(code).toBe(0);
    const rows = JSON.parse(stdout).rows;
    expect(rows.map((row: Record<string, unknown>) => row.council_id)).toEqual(['C1', 'C2']);
    expect(rows[0]).toMatchObject({
      programs: 1,
      target_participants: 10,
      participants: 4,
      artisans: 4,
      completed: 3,
      target_attainment: 0.4,
      cost_per_completion: 1_000_000 / 3,
    });
    expect(rows[1]).toMatchObject({ programs: 2, participants: 5, artisans: 4, completed: 3 });
  });

  it('serves the event study per cohort with --outcome and --horizon', async () => {
    // Every year of the dataset (2023-2025): cohorts 2023 (E4) and 2024 (E1, E2, E3) in 36, each
    // with event times -2, 0, 1, 2; the dataset has no outcomes, so no group has a d.
    const { code, stdout } = await cli(
      'event_study',
      '--data',
      data,
      '--outcome',
      'employees',
      '--horizon',
      '2',
      '--by',
      'cohort',
      '--json',
    );
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect([result.from, result.to]).toEqual(['2023-01-01', '2025-12-31']);
    expect(
      result.rows.map((row: Record<string, unknown>) => `${row.cohort}:${row.event_time}`),
    ).toEqual(['2023:-2', '2023:0', '2023:1', '2023:2', '2024:-2', '2024:0', '2024:1', '2024:2']);
    expect(result.rows[0]).toMatchObject({ treated_n: 0, comparison_n: 0, att: null });
  });

  it('prints the event study summary rows in the table', async () => {
    const { code, stdout } = await cli('event_study', '--data', data, '--horizon', '1');
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('event_study, region 36, 2023-01-01..2025-12-31');
    expect(lines.slice(2, 6).map((line) => line.trim().split(/\s+/)[0])).toEqual([
      '0',
      '1',
      'pre',
      'post',
    ]);
  });

  it('exits 1 when there is no dataset', async () => {
    const { code, stderr } = await cli('reach', '--data', join(dir, 'nowhere'));
    expect(code).toBe(1);
    expect(stderr).toContain('There is no dataset at');
  });

  it('runs every available metric', async () => {
    for (const name of metricNames) {
      if (!metricDefinitions[name]) continue;
      const extra = name === 'advice' ? ['--council', 'C1'] : [];
      const { code, stdout, stderr } = await cli(name, '--year', '2024', '--json', ...extra);
      expect({ name, code, stderr }).toEqual({ name, code: 0, stderr: '' });
      expect(JSON.parse(stdout).metric).toBe(name);
    }
  });
});
