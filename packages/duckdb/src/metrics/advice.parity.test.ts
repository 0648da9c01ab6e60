import {
  adviceMetric,
  certifications,
  channels,
  craftCategories,
  pciDimensions,
  type MetricInput,
  type MetricOptions,
} from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDateArbitrary, metricInputArbitrary, metricPeriodArbitrary } from './arbitrary.js';
import { useParityHarness } from './engines.testkit.js';

const harness = useParityHarness();

const score = fc.integer({ min: 1, max: 5 });
// Shares from a small set, so that different product sets often tie on materials.
const extraProduct = fc.tuple(
  fc.nat(100),
  fc.constantFrom(...craftCategories),
  fc.constantFrom(0, 0.25, 0.5, 0.7, 1),
  fc.array(fc.constantFrom(...certifications), { maxLength: 4 }),
  fc.array(fc.constantFrom(...channels), { maxLength: 6 }),
  fc.array(fc.tuple(isoDateArbitrary, fc.tuple(score, score, score, score, score)), {
    maxLength: 2,
    size: 'max',
  }),
);

/** The shared random datasets plus up to 90 products, so that regions reach the 20 a candidate needs. */
const denseInput: fc.Arbitrary<MetricInput> = fc
  .tuple(
    metricInputArbitrary({ maxEnterprises: 6 }),
    fc.array(extraProduct, { minLength: 20, maxLength: 90, size: 'max' }),
  )
  .map(([input, extra]) => {
    if (input.enterprises.length === 0) return input;
    const products = [...input.products];
    const assessments = [...input.assessments];
    extra.forEach(([e, craft_category, share, certs, chans, rounds], i) => {
      const product_id = `XD${i}`;
      const enterprise = input.enterprises[e % input.enterprises.length];
      products.push({
        product_id,
        enterprise_id: enterprise?.enterprise_id ?? 'E999',
        name: `Produk ${product_id}`,
        craft_category,
        unit_price_idr: 1000,
        local_material_share: share,
        certifications: certs,
        channels: chans,
      });
      const dates = new Set<string>();
      for (const [
        assessed_on,
        [design, craftsmanship, packaging, material, market_readiness],
      ] of rounds) {
        if (dates.has(assessed_on)) continue;
        dates.add(assessed_on);
        assessments.push({
          product_id,
          assessed_on,
          assessor_council_id: 'C1',
          design,
          craftsmanship,
          packaging,
          material,
          market_readiness,
        });
      }
    });
    return { ...input, products, assessments };
  });

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
