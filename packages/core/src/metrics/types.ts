/**
 * Shared shapes of the metrics (spec/metrics.md). Each metric lives in `metrics/<name>/` with a
 * pure TypeScript function and a SQL builder that return the same rows.
 */
import type { Dataset, Region } from '../domain/schemas.js';

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
] as const;
export type MetricName = (typeof metricNames)[number];
