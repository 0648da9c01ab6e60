import { describe, expect, it } from 'vitest';
import { metricDefinitions } from '../metrics/registry.js';
import type { MetricDefinition } from '../metrics/types.js';
import { suppressionSpec, type FieldSuppression } from './suppression-spec.js';

const referenced = (rule: FieldSuppression): string[] => {
  if (rule.kind === 'rate')
    return [rule.numerator, rule.over, rule.unitsAtLeast].filter((f): f is string => !!f);
  if (rule.kind === 'mean') return [...rule.over];
  if (rule.kind === 'derived') return [...rule.from];
  return [];
};

describe('suppressionSpec', () => {
  it('reads the count fields, protected or public, off the rules', () => {
    const spec = suppressionSpec(
      {
        council_id: { kind: 'public' },
        visits: { kind: 'public', count: true },
        artisans: { kind: 'count', unit: 'artisans' },
        rate: { kind: 'rate', numerator: 'artisans', over: 'visits' },
      },
      ['council_id'],
    );
    expect(spec.counts).toEqual(['visits', 'artisans']);
    expect(spec.breakdown).toEqual(['council_id']);
  });
});

// By any name, so that a metric of the contract not registered yet is skipped.
const registered = metricDefinitions as unknown as Record<string, MetricDefinition | undefined>;

describe("every metric's suppression declaration", () => {
  it.each(Object.keys(metricDefinitions))(
    '%s names only declared fields, units over counts',
    (name) => {
      const spec = metricDefinitions[name as keyof typeof metricDefinitions].suppression;
      for (const [field, rule] of Object.entries(spec.fields)) {
        for (const source of referenced(rule)) {
          expect(spec.fields[source], `${name}.${field} reads ${source}`).toBeDefined();
          if (rule.kind !== 'derived')
            expect(spec.counts, `${name}.${field} is over ${source}`).toContain(source);
        }
        if (rule.kind === 'rate')
          expect(
            rule.numerator ?? rule.over ?? rule.unitsAtLeast,
            `${name}.${field}`,
          ).toBeDefined();
      }
      for (const key of spec.breakdown) expect(spec.fields[key]).toEqual({ kind: 'public' });
    },
  );

  it('publishes what public bodies did as it is (metrics.md)', () => {
    const publicFields: Record<string, string[]> = {
      network: [
        'visits_made',
        'visits_hosted',
        'joint_exhibitions',
        'partners',
        'betweenness',
        'nodes',
        'edges',
        'density',
      ],
      diffusion: ['exposed', 'adopted', 'adoption_rate', 'median_lag_days'],
      exhibitions: ['exhibitions'],
      advice: ['visits_hosted', 'practices_shown', 'adoption_rate'],
      programs: ['programs', 'target_participants', 'budget_idr', 'on_target_share'],
      visit_outcomes: ['practices_shown', 'practices_adopted', 'adoption_rate'],
    };
    for (const [name, fields] of Object.entries(publicFields)) {
      const definition = registered[name];
      if (!definition) continue; // a metric of the contract not in this registry yet
      for (const field of fields)
        expect(definition.suppression.fields[field]?.kind, `${name}.${field}`).toBe('public');
    }
  });

  it('protects artisans, enterprises, products and participation rows wherever they are counted', () => {
    const protectedFields: Record<string, string[]> = {
      reach: [
        'eligible_artisans',
        'reached_artisans',
        'eligible_enterprises',
        'reached_enterprises',
      ],
      retention: ['reached', 'retained'],
      competitiveness: ['products_assessed', 'unassessed'],
      rca: ['enterprises'],
      impact: ['treated_n', 'comparison_n'],
      exhibitions: ['exhibitors'],
      advice: ['products_assessed'],
      event_study: ['treated_n', 'comparison_n'],
      programs: ['participants', 'artisans', 'completed'],
      visit_outcomes: ['assessed_before', 'assessed_after'],
    };
    for (const [name, fields] of Object.entries(protectedFields)) {
      const definition = registered[name];
      if (!definition) continue;
      for (const field of fields)
        expect(definition.suppression.fields[field]?.kind, `${name}.${field}`).toBe('count');
    }
  });
});
