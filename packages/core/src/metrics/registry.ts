import { adviceMetric } from './advice/index.js';
import { competitivenessMetric } from './competitiveness/index.js';
import { diffusionMetric } from './diffusion/index.js';
import { eventStudyMetric, type EventStudyRow } from './event-study/index.js';
import { exhibitionsMetric } from './exhibitions/index.js';
import { impactMetric } from './impact/index.js';
import type {
  AdviceRow,
  CompetitivenessRow,
  DiffusionRow,
  ExhibitionsRow,
  ImpactRow,
  NetworkRow,
  RcaRow,
  ReachRow,
  RetentionRow,
} from './metric-rows.js';
import { networkMetric } from './network/index.js';
import { programsMetric, type ProgramsRow } from './programs/index.js';
import { rcaMetric } from './rca/index.js';
import { reachMetric } from './reach/index.js';
import { retentionMetric } from './retention/index.js';
import { visitOutcomesMetric, type VisitOutcomesRow } from './visit-outcomes/index.js';
import type { MetricDefinition, MetricName, MetricRow } from './types.js';

// How to add a metric `foo` (the compiler checks that the three places agree):
//   1. add 'foo' to `metricNames` in types.ts;
//   2. declare its row type `FooRow` (an object `type`, not an `interface`: metric-rows.ts or
//      metrics/foo/foo-row.ts) and add `foo: FooRow;` to `MetricRows` below;
//   3. add `foo: fooMetric,` to `definitions` below (`fooMetric: MetricDefinition` in
//      metrics/foo/foo-metric.ts), and a section whose heading names `foo` to docs/metrics.md.

/**
 * Each metric's row type by name: what `metricDefinitions[name].compute` and
 * `runMetric(db, name)` return rows of.
 *
 *     type R = MetricRowOf<'reach'>; // ReachRow: R['reach_rate'] is number | null
 */
export interface MetricRows {
  reach: ReachRow;
  retention: RetentionRow;
  competitiveness: CompetitivenessRow;
  rca: RcaRow;
  network: NetworkRow;
  diffusion: DiffusionRow;
  impact: ImpactRow;
  exhibitions: ExhibitionsRow;
  advice: AdviceRow;
  event_study: EventStudyRow;
  programs: ProgramsRow;
  visit_outcomes: VisitOutcomesRow;
}

/**
 * The row type of metric `N`; for the union of every name (code that handles any metric), the
 * loose {@link MetricRow}.
 */
export type MetricRowOf<N extends MetricName> = MetricName extends N ? MetricRow : MetricRows[N];

const definitions: Readonly<Record<MetricName, MetricDefinition>> = {
  reach: reachMetric,
  retention: retentionMetric,
  competitiveness: competitivenessMetric,
  rca: rcaMetric,
  network: networkMetric,
  diffusion: diffusionMetric,
  impact: impactMetric,
  exhibitions: exhibitionsMetric,
  advice: adviceMetric,
  event_study: eventStudyMetric,
  programs: programsMetric,
  visit_outcomes: visitOutcomesMetric,
};

/** Every metric's definition, typed by its name and row type. */
export type MetricDefinitions = {
  readonly [N in MetricName]: MetricDefinition<N, MetricRows[N]>;
};

/**
 * Every metric's definition by name, for the runners (CLI, HTTP API, dashboard) and the parity
 * tests. `metricDefinition(name)` is the checked lookup for a name a person typed.
 *
 *     metricDefinitions.reach.sql(options)               // { sql, params }
 *     metricDefinitions.reach.compute(input, options)[0] // a ReachRow
 */
export const metricDefinitions: MetricDefinitions = definitions as MetricDefinitions;
