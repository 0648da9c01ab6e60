import { programTypes, programsMetric } from '@anyam/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { metricInputArbitrary } from './arbitrary.js';
import { agreesUnderFilters, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');

// The shared generator gives programs of dangling councils (C99), targets 0–49 (0 included),
// participations of unknown programs and artisans, and councils inside and outside 36.
const filters = fc.record(
  {
    by: fc.constantFrom('council' as const, 'program_type' as const),
    type: fc.constantFrom(...programTypes),
  },
  { requiredKeys: [] },
);

describe('programs: TypeScript and SQL agree', () => {
  it('on random small datasets, regions, periods, breakdowns and type filters', async () => {
    await agreesUnderFilters(harness(), programsMetric, { filters }, { numRuns: 150 });
  });

  it('on datasets with many participations per program', async () => {
    await agreesUnderFilters(
      harness(),
      programsMetric,
      {
        inputs: metricInputArbitrary({ maxArtisans: 60, maxParticipations: 200 }),
        filters: fc.record(
          { by: fc.constantFrom('council' as const, 'program_type' as const) },
          { requiredKeys: [] },
        ),
      },
      { numRuns: 100, seed: 20261201 },
    );
  });
});
