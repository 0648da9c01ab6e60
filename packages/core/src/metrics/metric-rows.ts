/**
 * The row each metric returns, field by field (docs/metrics.md describes each field). A metric's
 * runner (`runMetric` in @anyam/duckdb) and `metricDefinitions` are typed by these, so that
 * `rows[0].reach_rate` is a `number | null` and a misspelt field is a type error.
 *
 * Rows are object types (not interfaces) so that each one is also a {@link MetricRow}, the loose
 * shape generic code (suppression, tables, CSV) reads field by field.
 */
import type { CraftCategory, ExhibitionScale, ProgramType } from '../domain/enums.js';

/**
 * The grouping key of a metric with a breakdown: `region_code` without `by` or with
 * `by: 'region'`, otherwise the field named by `by`.
 */
export type BreakdownKey = {
  readonly region_code?: string;
  readonly craft_category?: CraftCategory;
  readonly program_type?: ProgramType;
};

/** reach: one row per key of the breakdown. */
export type ReachRow = BreakdownKey & {
  readonly eligible_artisans: number;
  readonly reached_artisans: number;
  readonly reach_rate: number | null;
  readonly eligible_enterprises: number;
  readonly reached_enterprises: number;
  readonly enterprise_reach_rate: number | null;
  readonly female_share_reached: number | null;
  readonly female_share_eligible: number | null;
  readonly female_representation: number | null;
  readonly micro_share_reached: number | null;
  readonly micro_share_eligible: number | null;
  readonly micro_representation: number | null;
  readonly youth_share_reached: number | null;
  readonly youth_share_eligible: number | null;
  readonly youth_representation: number | null;
  readonly completion_rate: number | null;
};

/** retention: one row per key of the breakdown (region or craft category). */
export type RetentionRow = BreakdownKey & {
  readonly reached: number;
  readonly retained: number;
  readonly retention_rate: number | null;
};

/** competitiveness: one row per key of the breakdown (region or craft category). */
export type CompetitivenessRow = BreakdownKey & {
  readonly products_assessed: number;
  readonly unassessed: number;
  readonly pci_median: number | null;
  readonly pci_mean: number | null;
  readonly export_ready_share: number | null;
  readonly quality: number | null;
  readonly materials: number | null;
  readonly market: number | null;
  readonly compliance: number | null;
};

/** rca: one row per (child region, craft category) with revenue. */
export type RcaRow = {
  readonly region_code: string;
  readonly craft_category: CraftCategory;
  /** Enterprises with a year-Y outcome in the cell (small-cell suppression holds revenue to it). */
  readonly enterprises: number;
  readonly revenue_idr: number;
  readonly rca: number;
};

/**
 * network: one row per council in the region (the `visits_made` ... `betweenness` fields), then
 * the graph row `council_id: 'all'` (the `nodes`, `edges`, `density` fields). Each kind of row
 * has only its own fields, hence the optional ones.
 */
export type NetworkRow = {
  readonly council_id: string;
  readonly visits_made?: number;
  readonly visits_hosted?: number;
  readonly joint_exhibitions?: number;
  readonly partners?: number;
  readonly betweenness?: number;
  readonly nodes?: number;
  readonly edges?: number;
  readonly density?: number | null;
};

/** diffusion: the overall row `council_id: 'all'`, then one per visiting council. */
export type DiffusionRow = {
  readonly council_id: string;
  readonly exposed: number;
  readonly adopted: number;
  readonly adoption_rate: number | null;
  readonly median_lag_days: number | null;
};

/** impact: one row per cohort year (`cohort: '2023'`), then the pooled row `cohort: 'all'`. */
export type ImpactRow = {
  readonly cohort: string;
  readonly treated_n: number;
  readonly comparison_n: number;
  readonly did: number | null;
  readonly se: number | null;
  readonly effect_pct: number | null;
  readonly ci_low_pct: number | null;
  readonly ci_high_pct: number | null;
};

/** exhibitions: one row per `scale`, then `joint: true` and `joint: false`. */
export type ExhibitionsRow = {
  readonly scale?: ExhibitionScale;
  readonly joint?: boolean;
  readonly exhibitions: number;
  readonly exhibitors: number;
  readonly sales_idr: number;
  readonly sales_per_exhibitor: number | null;
  readonly buyer_leads: number;
};

/** advice: one row per candidate council, best first. */
export type AdviceRow = {
  readonly council_id: string;
  readonly rank: number;
  readonly dimension_score: number | null;
  readonly gap: number | null;
  readonly products_assessed: number;
  readonly visits_hosted: number;
  readonly practices_shown: number;
  readonly adoption_rate: number | null;
  readonly reasons: readonly string[];
};

/**
 * A row as small-cell suppression publishes it (dashboard, HTTP API): any field may have been
 * hidden as `null`, and `suppressed` names the fields that were.
 *
 *     const row: PublishedRow<RetentionRow> = { reached: null, retained: null,
 *       retention_rate: null, suppressed: ['reached', 'retained', 'retention_rate'] };
 */
export type PublishedRow<Row> = { readonly [Field in keyof Row]: Row[Field] | null } & {
  readonly suppressed: string[];
};
