import { rcaMetric, type MetricOptions } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricInputArbitrary, metricPeriodArbitrary, metricRegionArbitrary } from './arbitrary.js';
import { useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

describe('rca: TypeScript and SQL agree', () => {
  it('on random small datasets (zero revenues, empty regions, records coded exactly r)', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Outcomes of 2019–2026 on at most 8 enterprises: several per region and year.
        metricInputArbitrary({ maxEnterprises: 8 }),
        metricPeriodArbitrary,
        metricRegionArbitrary,
        async (input, period, region) => {
          const options: MetricOptions = { region, ...period };
          const rows = rcaMetric.compute(input, options);
          expect(await harness().differences(rcaMetric, input, options)).toEqual([]);
          // Rows exist only for regions that earned revenue, and an absent pair has rca 0.
          const byRegion = new Map<string, number>();
          for (const row of rows) {
            byRegion.set(
              row.region_code as string,
              (byRegion.get(row.region_code as string) ?? 0) + (row.revenue_idr as number),
            );
            expect((row.rca as number) === 0).toBe(row.revenue_idr === 0);
          }
          for (const total of byRegion.values()) expect(total).toBeGreaterThan(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});
