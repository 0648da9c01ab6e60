import { metricNames, MetricOptionsError, parseMetricOptions, type MetricRow } from '@anyam/core';
import {
  DatasetError,
  errorSentence,
  openDataset,
  runMetric,
  type MetricResult,
} from '@anyam/duckdb';
import { fail, usageError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { resolveDataDir } from '../resolve-data-dir.js';

export const name = 'metrics';
export const summary = 'Compute a metric (reach, retention, competitiveness, ...) over a dataset.';
export const help = `Usage: anyam metrics NAME [options]

Computes one metric over a dataset and prints its rows (not suppressed). What each metric
computes: https://github.com/anyam-id/anyam/blob/main/docs/metrics.md
NAME is one of ${metricNames.join(', ')}.

Options:
  --data DIR             the dataset (default $ANYAM_DATA, else data/export)
  --region CODE          the region r, a Kemendagri code (default 36) or ID, all of
                         Indonesia, whose children are the provinces
  --year Y               the period Y-01-01..Y-12-31
  --from DATE --to DATE  the period, both ends included (YYYY-MM-DD)
                         (default: the latest year with a participation; impact and
                         event_study: every year of the dataset)
  --by region|craft_category|program_type|cohort|council
                         one row per child region, craft category or program type
                         (event_study: per cohort; programs: per council or program type)
  --type PROGRAM_TYPE    reach, retention, programs: only programs of this type
  --council ID           reach, retention: only programs of this council; advice: the council
  --category CATEGORY    reach, retention: only artisans of enterprises of this craft category
  --weighting arithmetic|geometric   competitiveness
  --weights Q,M,K,C      competitiveness: weights of quality, materials, market, compliance
  --dimension quality|materials|market|compliance   advice
  --lang id|en           advice: the language of the reasons (default id)
  --outcome revenue_idr|employees|units_sold
                         impact, event_study: the outcome compared (default revenue_idr)
  --horizon H            event_study: event times -H..H, a whole number 1 to 10 (default 3)
  --json                 print {"metric","region","from","to","rows"} as JSON
  --help                 show this help

Exit status: 0 done, 1 the dataset could not be read, 2 bad arguments.

Examples: anyam metrics reach --region 36.03 --year 2024 --by craft_category
          anyam metrics reach --region ID --by region
          anyam metrics event_study --outcome employees --horizon 4
          anyam metrics programs --year 2024 --by council --json`;

const isPositive = (value: unknown) => typeof value === 'number' && Number.isFinite(value);

function formatValue(value: MetricRow[string] | undefined): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') {
    if (Number.isInteger(value)) return String(value);
    return isPositive(value) ? String(Number(value.toFixed(4))) : String(value);
  }
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

/**
 * The readable form of a result: a title line, then one aligned table (columns = fields), or
 * for a single row, one line per field, which reads better than a 17-column table.
 *
 *     formatMetricTable({ metric: 'retention', region: '36', from: '2024-01-01', to: '2024-12-31',
 *       rows: [{ region_code: '36', reached: 3, retained: 1, retention_rate: 1 / 3 }] })
 *     // 'retention, region 36, 2024-01-01..2024-12-31\nregion_code     36\nreached         3\n...'
 */
export function formatMetricTable(result: MetricResult): string {
  const title = `${result.metric}, region ${result.region}, ${result.from}..${result.to}`;
  const fields: string[] = [];
  for (const row of result.rows)
    for (const field of Object.keys(row)) if (!fields.includes(field)) fields.push(field);
  if (result.rows.length === 0) return `${title}\n(no rows)\n`;
  if (result.rows.length === 1) {
    const row = result.rows[0] as MetricRow;
    const width = Math.max(...fields.map((field) => field.length));
    return `${title}\n${fields.map((field) => `${field.padEnd(width)}  ${formatValue(row[field])}`).join('\n')}\n`;
  }
  const cells = result.rows.map((row) => fields.map((field) => formatValue(row[field])));
  const widths = fields.map((field, i) =>
    Math.max(field.length, ...cells.map((line) => (line[i] ?? '').length)),
  );
  const numeric = fields.map((field) =>
    result.rows.every((row) => typeof row[field] === 'number' || row[field] === null),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, i) =>
        numeric[i] ? value.padStart(widths[i] ?? 0) : value.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return `${title}\n${line(fields)}\n${cells.map(line).join('\n')}\n`;
}

/**
 * `anyam metrics NAME ...`: checks the flags (exit 2 on bad ones, before any dataset is opened),
 * opens the dataset, runs the metric through DuckDB (not suppressed) and prints JSON or a table.
 * Resolves to the exit status; errors are thrown as `CliError`s that `main` prints as one sentence.
 *
 *     await run(['reach', '--year', '2024', '--json'], io)
 *     // stdout: {"metric":"reach","region":"36","from":"2024-01-01","to":"2024-12-31","rows":[...]}, returns 0
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    name,
    args,
    {
      data: { type: 'string' },
      region: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      by: { type: 'string' },
      type: { type: 'string' },
      council: { type: 'string' },
      category: { type: 'string' },
      weighting: { type: 'string' },
      weights: { type: 'string' },
      dimension: { type: 'string' },
      lang: { type: 'string' },
      outcome: { type: 'string' },
      horizon: { type: 'string' },
      json: { type: 'boolean' },
    },
    true,
  );
  if (positionals.length === 0)
    usageError(`Give the metric NAME, one of ${metricNames.join(', ')}.`);
  if (positionals.length > 1)
    usageError(
      `anyam metrics takes one metric NAME but got ${positionals.length} (${positionals.join(' ')}).`,
    );
  const metric = positionals[0] as string;
  const { data, json, ...options } = values;
  const checked = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      if (error instanceof MetricOptionsError) usageError(error.message);
      throw error;
    }
  };
  // Bad arguments are reported before the dataset is opened, whether or not there is one.
  checked(() => parseMetricOptions(metric, options));

  const dataset = await openDataset(resolveDataDir(data, io.env, io.cwd), { poolSize: 1 }).catch(
    (error: unknown) => {
      if (error instanceof DatasetError) fail(error.message);
      throw error;
    },
  );
  try {
    let result: MetricResult | undefined;
    try {
      result = await runMetric(dataset, metric, options);
    } catch (error) {
      if (error instanceof MetricOptionsError) usageError(error.message);
      fail(`${metric} could not be computed: ${errorSentence(error)}`);
    }
    io.stdout.write(json ? `${JSON.stringify(result)}\n` : formatMetricTable(result));
    return 0;
  } finally {
    await dataset.close();
  }
}
