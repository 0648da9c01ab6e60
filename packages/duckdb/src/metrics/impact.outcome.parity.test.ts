import { impactMetric, outcomeFields } from '@anyam/core';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { agreesUnderFilters, useParityHarness } from './engines.testkit.js';

const harness = useParityHarness('json');

describe('impact with outcome: TypeScript and SQL agree', () => {
  it('on random small datasets, regions, periods and outcomes (zeros included)', async () => {
    await agreesUnderFilters(
      harness(),
      impactMetric,
      { filters: fc.record({ outcome: fc.constantFrom(...outcomeFields) }) },
      { numRuns: 120 },
    );
  });
});
