import { parseArgs } from 'node:util';
import { isAbsolute, resolve } from 'node:path';
import { metricNames, MetricOptionsError, parseMetricOptions, type MetricRow } from '@anyam/core';
import { openDataset, runMetric, type MetricResult } from '@anyam/duckdb';

/** Where a command writes, and the environment it reads (tests pass their own). */
export interface MetricsCommandIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export const name = 'metrics';
export const summary = 'Compute a metric (reach, retention, competitiveness, ...) over a dataset.';
export const help = `Usage: anyam metrics NAME [options]

Computes one metric of spec/metrics.md over a dataset and prints its rows (not suppressed).
NAME is one of ${metricNames.join(', ')}.

Options:
  --data DIR             the dataset (default $ANYAM_DATA, else data/export)
  --region CODE          the region r, a Kemendagri code (default 36)
  --year Y               the period Y-01-01..Y-12-31
  --from DATE --to DATE  the period, both ends included (YYYY-MM-DD)
                         (default: the latest year with a participation; impact: every year)
  --by region|craft_category|program_type
                         one row per child region, craft category or program type
  --type PROGRAM_TYPE    reach, retention: only programs of this type
  --council ID           reach, retention: only programs of this council; advice: the council
  --category CATEGORY    reach, retention: only artisans of enterprises of this craft category
  --weighting arithmetic|geometric   competitiveness
  --weights Q,M,K,C      competitiveness: weights of quality, materials, market, compliance
  --dimension quality|materials|market|compliance   advice
  --lang id|en           advice: the language of the reasons (default id)
  --json                 print {"metric","region","from","to","rows"} as JSON
  --help                 show this help

Exit status: 0 done, 1 the dataset could not be read, 2 bad arguments.

Example: anyam metrics reach --region 36.03 --year 2024 --by craft_category`;

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

/** `--data`, else `$ANYAM_DATA`, else `data/export`, against the working directory. */
function dataDir(flag: string | undefined, io: MetricsCommandIo): string {
  const dir = flag ?? io.env?.ANYAM_DATA ?? 'data/export';
  return isAbsolute(dir) ? dir : resolve(io.cwd ?? process.cwd(), dir);
}

/**
 * `anyam metrics NAME ...`: parses the flags, opens the dataset, runs the metric through DuckDB
 * and prints JSON or a table. Returns the exit status.
 *
 *     await run(['reach', '--year', '2024', '--json'], { stdout: process.stdout, stderr: process.stderr })
 *     // prints {"metric":"reach","region":"36","from":"2024-01-01","to":"2024-12-31","rows":[...]}, returns 0
 */
export async function run(args: readonly string[], io: MetricsCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
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
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's messages run long ("Unknown option '--yaer'. To specify a positional ..."): keep the first sentence.
    const first = (error as Error).message.split(/\.\s/)[0]?.replace(/\.$/, '');
    io.stderr.write(`anyam metrics: ${first}; see anyam metrics --help.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${help}\n`);
    return 0;
  }
  if (positionals.length !== 1) {
    io.stderr.write(
      positionals.length === 0
        ? `anyam metrics: give the metric NAME, one of ${metricNames.join(', ')}.\n`
        : `anyam metrics: give one metric NAME, not ${positionals.length} (${positionals.join(' ')}).\n`,
    );
    return 2;
  }
  const metric = positionals[0] as string;
  if (!(metricNames as readonly string[]).includes(metric)) {
    io.stderr.write(
      `anyam metrics: unknown metric ${JSON.stringify(metric)}: use one of ${metricNames.join(', ')}.\n`,
    );
    return 2;
  }
  const { data, json, help: _help, ...options } = values;
  try {
    // Bad arguments are reported before the dataset is opened, whether or not there is one.
    parseMetricOptions(metric, options);
  } catch (error) {
    io.stderr.write(`anyam metrics: ${(error as Error).message}\n`);
    return 2;
  }
  let dataset;
  try {
    dataset = await openDataset(dataDir(data, io), { poolSize: 1 });
  } catch (error) {
    io.stderr.write(`anyam metrics: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const result = await runMetric(dataset, metric, options);
    io.stdout.write(json ? `${JSON.stringify(result)}\n` : formatMetricTable(result));
    return 0;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0];
    io.stderr.write(`anyam metrics: ${message}\n`);
    return error instanceof MetricOptionsError ? 2 : 1;
  } finally {
    await dataset.close();
  }
}

/** The command as the CLI's registry holds it. */
export const metricsCommand = { name, summary, help, run };
