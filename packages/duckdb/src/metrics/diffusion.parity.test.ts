import { adoptionStages, diffusionMetric, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryRegions, isoDateArbitrary, metricPeriodArbitrary } from './arbitrary.js';
import { countAgreements, emptyInput, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');

/**
 * Few councils and practices, many visits and adoptions, so that exposures meet adoptions often:
 * repeated practice ids in a list, a pair shown on several visits, adoptions before, on and
 * after the visit date, every stage, an adoption of a practice not in `practices` (K9).
 */
const denseDiffusionInput: fc.Arbitrary<MetricInput> = fc
  .record({
    councils: fc.array(fc.constantFrom('36', '36.01', '36.02', '32.01'), {
      minLength: 1,
      maxLength: 4,
    }),
    visits: fc.array(
      fc.tuple(fc.nat(10), fc.nat(10), isoDateArbitrary, fc.array(fc.nat(3), { maxLength: 4 })),
      {
        minLength: 3,
        maxLength: 12,
      },
    ),
    adoptions: fc.array(
      fc.tuple(fc.nat(10), fc.nat(3), isoDateArbitrary, fc.constantFrom(...adoptionStages)),
      {
        minLength: 6,
        maxLength: 20,
      },
    ),
  })
  .map((raw) => {
    const ids = raw.councils.map((_, i) => `C${i + 1}`);
    const council = (n: number): string => ids[n % ids.length] as string;
    const practice = (n: number): string => (n === 3 ? 'K9' : `K${n + 1}`);
    const seen = new Set<string>();
    return emptyInput({
      regions: arbitraryRegions,
      councils: raw.councils.map((region_code, i) => ({
        council_id: `C${i + 1}`,
        region_code,
        name: `D${i + 1}`,
      })),
      practices: [0, 1, 2].map((n) => ({
        practice_id: practice(n),
        name: `Praktik ${n}`,
        practice_category: 'design' as const,
        origin_council_id: council(n),
      })),
      study_visits: raw.visits.map(([v, h, visit_date, shown], i) => ({
        visit_id: `V${i + 1}`,
        visiting_council_id: council(v),
        host_council_id: council(h),
        visit_date,
        delegation_size: 2,
        practice_ids: shown.map(practice),
      })),
      adoptions: raw.adoptions
        .map(([c, p, adopted_on, stage]) => ({
          council_id: council(c),
          practice_id: practice(p),
          adopted_on,
          source_visit_id: null,
          stage,
        }))
        .filter((row) => {
          const key = `${row.council_id}|${row.practice_id}|${row.adopted_on}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        }),
    });
  });

describe('diffusion: TypeScript and SQL agree', () => {
  it('on random small datasets, regions and periods', async () => {
    await countAgreements(harness(), diffusionMetric, {}, { numRuns: 100 });
  });

  it('on datasets where exposures meet adoptions often', async () => {
    const adopted = await countAgreements(
      harness(),
      diffusionMetric,
      {
        inputs: denseDiffusionInput,
        regions: fc.constantFrom('36', '36.01', 'ID'),
        periods: metricPeriodArbitrary,
      },
      { numRuns: 150, seed: 20261128 },
      (expected) => expected[0]?.median_lag_days !== null,
    );
    // The property must have compared adoption lags, not only nulls.
    expect(adopted).toBeGreaterThan(15);
  });
});
