import { adviceMetric, pciDimensions, type MetricOptions } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adviceInputArbitrary, metricPeriodArbitrary } from './arbitrary.js';
import { useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

const denseInput = adviceInputArbitrary;

const adviceOptions = fc.record(
  {
    council: fc.constantFrom('C1', 'C2', 'C3'),
    dimension: fc.constantFrom(...pciDimensions),
    lang: fc.constantFrom<'id' | 'en'>('id', 'en'),
  },
  { requiredKeys: ['council'] },
);

describe('advice: TypeScript and SQL agree', () => {
  it('on random datasets dense enough to have candidates, reasons included', async () => {
    let withRows = 0;
    await fc.assert(
      fc.asyncProperty(
        denseInput,
        metricPeriodArbitrary,
        adviceOptions,
        async (input, period, extra) => {
          const options: MetricOptions = { region: '36', ...period, ...extra };
          if (!input.councils.some((c) => c.council_id === options.council)) {
            await expect(harness().sqlRows(adviceMetric, input, options)).rejects.toThrow(
              /Unknown council/,
            );
            expect(() => adviceMetric.compute(input, options)).toThrow(/Unknown council/);
            return;
          }
          const rows = adviceMetric.compute(input, options);
          if (rows.length > 0) withRows += 1;
          expect(await harness().differences(adviceMetric, input, options)).toEqual([]);
          rows.forEach((row, i) => {
            expect(row.rank).toBe(i + 1);
            expect(row.products_assessed as number).toBeGreaterThanOrEqual(20);
            expect(row.council_id).not.toBe(options.council);
          });
        },
      ),
      { numRuns: 120 },
    );
    // The property is only worth something if candidates were actually ranked.
    expect(withRows).toBeGreaterThan(10);
  });
});
