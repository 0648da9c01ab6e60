/**
 * Shared shapes of the metrics (docs/metrics.md). Each metric lives in `metrics/<name>/` with a
 * pure TypeScript function and a SQL builder that return the same rows.
 */
import type { Dataset, Region } from '../domain/schemas.js';
import type { SuppressionSpec } from '../suppression/suppression-spec.js';

/** What the TypeScript metric functions read: every table plus the region reference. */
export interface MetricInput extends Dataset {
  readonly regions: readonly Region[];
}

/** A closed period of ISO dates, both ends included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** Options every metric takes: the region `r` and the period `P`. */
export interface MetricScope extends Period {
  /** Kemendagri code of the scope, e.g. `36` or `36.03`. */
  readonly region: string;
}

/** A value bound to a `$name` parameter of a SQL query. */
export type SqlValue = string | number | boolean | null | readonly string[] | readonly number[];

/** DuckDB SQL text and its bound parameters; values never appear in `sql`. */
export interface SqlQuery {
  readonly sql: string;
  readonly params: Readonly<Record<string, SqlValue>>;
}

/** A metric's output row: its grouping key and the fields named in metrics.md. */
export type MetricRow = Record<string, string | number | boolean | null | readonly string[]>;

export const metricNames = [
  'reach',
  'retention',
  'competitiveness',
  'rca',
  'network',
  'diffusion',
  'impact',
  'exhibitions',
  'advice',
  'event_study',
  'programs',
  'visit_outcomes',
] as const;
export type MetricName = (typeof metricNames)[number];

/**
 * Every option a metric may take, as the CLI and the HTTP API pass them. Each metric reads the
 * ones it uses (metrics.md says which) and ignores the rest.
 */
export interface MetricOptions extends MetricScope {
  readonly by?: 'region' | 'craft_category' | 'program_type' | 'cohort' | 'council';
  /** impact, event_study: the outcome whose log is compared (default `revenue_idr`). */
  readonly outcome?: 'revenue_idr' | 'employees' | 'units_sold';
  /** event_study: event times -horizon..horizon (an integer 1 to 10, default 3). */
  readonly horizon?: number;
  /** reach, retention: keep only programs of this `program_type`. */
  readonly type?: string;
  /** reach, retention: keep only programs organised by this council; advice: the council advised. */
  readonly council?: string;
  /** reach, retention: keep only artisans/enterprises whose enterprise has this craft category. */
  readonly category?: string;
  /** competitiveness. */
  readonly weighting?: 'arithmetic' | 'geometric';
  /** competitiveness: quality, materials, market, compliance (divided by their sum). */
  readonly weights?: readonly [number, number, number, number];
  /** advice: the PCI dimension to improve; default the council's weakest. */
  readonly dimension?: 'quality' | 'materials' | 'market' | 'compliance';
  /** advice: the language of `reasons`. */
  readonly lang?: 'id' | 'en';
  /**
   * Set by the metric runner, never by a person: the `k` of the small-cell suppression the rows
   * will go through after `finish` (dashboard and HTTP API). A `finish` step that writes text
   * from numbers (advice's `reasons`) then words every value the suppression hides as hidden
   * ("fewer than k"), so that the text never publishes it. Absent: nothing is suppressed (CLI,
   * analysts), and the text states every number.
   */
  readonly suppressionK?: number;
  /**
   * Set by the metric runner, never by a person: the dataset has derived tables covering these
   * years (data/README.md, "Derived tables"), and the SQL may read them instead of joining the
   * base tables. The numbers are the same either way; absent, the SQL reads the base tables only.
   */
  readonly derived?: DerivedSpan;
}

/**
 * Derived tables the metric SQL reads only when a dataset holds them (`DerivedSpan.laterTables`):
 * `enterprise_firsts` (impact, event study), `reach_region_years` (reach of one whole year) and
 * `product_points` (competitiveness and product scores at a year-end).
 */
export type LaterDerivedTable = 'enterprise_firsts' | 'reach_region_years' | 'product_points';

/** The years a dataset's derived tables cover (`product_years` has a partition for each). */
export interface DerivedSpan {
  readonly firstYear: number;
  readonly lastYear: number;
  /**
   * The derived tables added later that the dataset holds as written files. A dataset written
   * before one existed gets it as a view computed on read, which costs more than the metric's
   * own base-table SQL (every row of the country instead of a region's), so the SQL reads such a
   * table only when it is listed here.
   */
  readonly laterTables?: readonly LaterDerivedTable[];
}

/** Which fields small-cell suppression hides: declared per field in `suppression/`. */
export type { SuppressionSpec } from '../suppression/suppression-spec.js';

/**
 * One metric, defined twice: the two must return the same rows in the same order. `N` is its
 * name and `Row` its row type (`metricDefinitions.reach` is a `MetricDefinition<'reach',
 * ReachRow>`); without them, any metric with loose rows.
 */
export interface MetricDefinition<
  N extends MetricName = MetricName,
  Row extends MetricRow = MetricRow,
> {
  readonly name: N;
  /** The pure TypeScript function. */
  compute(input: MetricInput, options: MetricOptions): Row[];
  /** The DuckDB SQL over the dataset's tables/views, with bound parameters. */
  sql(options: MetricOptions): SqlQuery;
  /**
   * For the rare part SQL does badly (network's betweenness): a pure TypeScript step the runner
   * applies to the rows of `sql` so that they equal `compute`'s. Absent: the SQL rows are final.
   * The runner passes `options.suppressionK` when it will suppress the rows afterwards.
   */
  finish?(rows: readonly MetricRow[], options: MetricOptions): Row[];
  readonly suppression: SuppressionSpec;
}
