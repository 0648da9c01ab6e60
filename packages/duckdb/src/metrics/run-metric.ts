import {
  defaultYearsSql,
  metricDefinition,
  MetricOptionsError,
  nationalScope,
  parseMetricOptions,
  resolvePeriod,
  suppress,
  type MetricName,
  type MetricOptions,
  type MetricRow,
  type MetricRowOf,
  type PublishedRow,
  type RawMetricOptions,
  type SqlQuery,
  type YearSpan,
} from '@anyam/core';
import type { Json } from '@duckdb/node-api';
import type { BindParams } from '../bind-params.js';
import { exactNumber } from '../exact-json.js';
import type { ReadResult } from '../pool.js';
import type { Manifest } from '../manifest.js';
import { manifestDefaultYears } from '../derived/derived-span.js';
import { derivedSpanOf } from '../derived/derived-views.js';

/**
 * Anything that runs SQL with bound parameters: a dataset handle (`openDataset`), a pool
 * (`createPool`), or `connectionQueryable(connection)`. With `read` the runner learns the column
 * types and turns BIGINT/HUGEINT/DECIMAL text into numbers exactly; with only `query` it turns
 * integer- or decimal-looking strings into numbers except in key fields.
 */
export interface MetricQueryable {
  query(sql: string, params?: BindParams): Promise<readonly Record<string, Json>[]>;
  read?(sql: string, params?: BindParams): Promise<ReadResult>;
  /**
   * A dataset's manifest (`openDataset` gives one): the default period is then read from it
   * instead of a scan, and the metric SQL reads the derived tables it lists.
   */
  readonly manifest?: Manifest;
}

/** What `runMetric` takes: the options as a person gives them, and whether to suppress. */
export interface RunMetricOptions extends RawMetricOptions {
  /** Apply small-cell suppression (dashboard and HTTP API): `true` for k = 5, or `{ k }`. */
  readonly suppress?: boolean | { readonly k?: number };
}

/**
 * The CLI's `--json` shape and the HTTP API's body: the rows of metric `N`, typed by its row type
 * (`MetricResult<'reach'>['rows'][0]['reach_rate']` is `number | null`). `Row` is that row type,
 * or its suppressed form when the result was suppressed.
 */
export interface MetricResult<N extends MetricName = MetricName, Row = MetricRowOf<N>> {
  readonly metric: N;
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly rows: Row[];
}

/**
 * What `runMetric` accepts as a name: a metric name, or a `string` whose value is only known at
 * run time (checked then). A string literal that is not a metric name (`'rach'`) is a type error.
 */
export type MetricNameArgument<S extends string> = S & (string extends S ? unknown : MetricName);

/** The metric a name argument designates: itself, or any metric for a plain `string`. */
export type MetricOf<S extends string> = S extends MetricName ? S : MetricName;

/** The rows `runMetric(db, name, options)` returns: suppressed ones unless `suppress` is off. */
export type RunMetricRow<N extends MetricName, O> = 'suppress' extends keyof O
  ? O extends { readonly suppress?: false | undefined }
    ? MetricRowOf<N>
    : PublishedRow<MetricRowOf<N>>
  : MetricRowOf<N>;

// Fields holding identifiers or labels: never numbers, even when they look like one ("2023").
const keyFields = new Set([
  'region_code',
  'craft_category',
  'program_type',
  'council_id',
  'cohort',
  'scale',
  'dimension',
]);

async function rowsOf(db: MetricQueryable, query: SqlQuery): Promise<MetricRow[]> {
  const params = query.params as BindParams;
  if (db.read) {
    const result = await db.read(query.sql, params);
    return result.rows.map((values) => {
      const row: Record<string, unknown> = {};
      result.columns.forEach((column, i) => (row[column] = values[i] ?? null));
      return row as MetricRow;
    });
  }
  const rows = await db.query(query.sql, params);
  return rows.map((source) => {
    const row: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(source)) {
      row[field] =
        keyFields.has(field) || field.endsWith('_id') || field.endsWith('_code')
          ? value
          : exactNumber(value);
    }
    return row as MetricRow;
  });
}

// A dataset's region codes, read once per opened dataset: its views are read-only, so they
// cannot change under it, and a metric request then spends no query on checking its region.
const datasetRegions = new WeakMap<MetricQueryable, Promise<ReadonlySet<string>>>();

async function hasRegion(db: MetricQueryable, region: string): Promise<boolean> {
  if (!db.manifest) {
    const known = await db.query(
      'SELECT CAST(count(*) AS INTEGER) AS n FROM regions WHERE code = $region',
      { region },
    );
    return Number(known[0]?.n ?? 0) > 0;
  }
  let codes = datasetRegions.get(db);
  if (!codes) {
    codes = db
      .query('SELECT code FROM regions')
      .then((rows) => new Set(rows.map((row) => String(row.code))));
    datasetRegions.set(db, codes);
    // A failed read is not remembered: the next request tries again.
    codes.catch(() => datasetRegions.delete(db));
  }
  return (await codes).has(region);
}

/**
 * Runs metric `name` over a dataset in DuckDB: checks the options (one-sentence
 * `MetricOptionsError`), checks the region against the dataset's `regions`, resolves the default
 * period in SQL (latest participation year; impact: every year), runs the metric's SQL with bound
 * parameters, applies its `finish` step when it has one (told the suppression's `k` as
 * `suppressionK` when suppression follows), and, when asked, small-cell suppression. Counts come
 * back as numbers.
 *
 *     const { rows } = await runMetric(dataset, 'reach', { region: '36', year: 2024, by: 'region' })
 *     // { metric: 'reach', region: '36', from: '2024-01-01', to: '2024-12-31', rows: [...] }
 *     rows[0]?.reach_rate // number | null; runMetric(dataset, 'rach') does not compile
 */
export async function runMetric<
  S extends string,
  O extends RunMetricOptions = Record<never, never>,
>(
  db: MetricQueryable,
  name: MetricNameArgument<S>,
  options: O = {} as O,
): Promise<MetricResult<MetricOf<S>, RunMetricRow<MetricOf<S>, O>>> {
  const definition = metricDefinition(name);
  const parsed = parseMetricOptions(name, options);
  // The national scope is no row of the reference: every dataset has it.
  if (parsed.region !== nationalScope && !(await hasRegion(db, parsed.region))) {
    throw new MetricOptionsError(
      `Region ${parsed.region} is not in the dataset's region reference.`,
      'region',
    );
  }
  let span: YearSpan | null = null;
  if (parsed.year === undefined && parsed.from === undefined && db.manifest) {
    span = manifestDefaultYears(db.manifest, definition.name);
  } else if (parsed.year === undefined && parsed.from === undefined) {
    const query = defaultYearsSql(definition.name);
    const [row] = await db.query(query.sql, query.params as BindParams);
    const first = row?.first_year;
    const last = row?.last_year;
    if (first !== null && first !== undefined && last !== null && last !== undefined) {
      span = { first: Number(first), last: Number(last) };
    }
  }
  const period = resolvePeriod(parsed, span);
  const { metric: _metric, year: _year, ...rest } = parsed;
  const derived = derivedSpanOf(db.manifest);
  const metricOptions: MetricOptions = {
    ...rest,
    from: period.from,
    to: period.to,
    ...(derived ? { derived } : {}),
  };
  const k = options.suppress
    ? typeof options.suppress === 'object'
      ? (options.suppress.k ?? 5)
      : 5
    : undefined;
  let rows = await rowsOf(db, definition.sql(metricOptions));
  // `finish` learns the k of the suppression to come, so that text it writes (advice's reasons)
  // never states a number the suppression then hides.
  if (definition.finish)
    rows = definition.finish(
      rows,
      k === undefined ? metricOptions : { ...metricOptions, suppressionK: k },
    );
  if (k !== undefined) rows = suppress(rows, definition.suppression, k);
  // The rows are those of `definition`, whose name is `name`: the types above say so.
  return {
    metric: definition.name as MetricOf<S>,
    region: parsed.region,
    from: period.from,
    to: period.to,
    rows: rows as RunMetricRow<MetricOf<S>, O>[],
  };
}
