import { networkMetric, type MetricInput } from '@anyam/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  arbitraryRegions,
  isoDateArbitrary,
  metricPeriodArbitrary,
  metricRegionArbitrary,
} from './arbitrary.js';
import { countAgreements, emptyInput, useParityHarness } from './engines.testkit.js';

// Rows read as JSON: counts must come back as numbers without help.
const harness = useParityHarness('json');

const councilCodes = ['36', '36.01', '36.01.01', '36.02', '36.03', '32.01'];

/**
 * Denser collaboration graphs than the shared generator gives: up to 9 councils (and the unknown
 * id C99), up to 25 visits (self-visits and repeated pairs included) and 8 exhibitions with 1–4
 * organizers (repeated ids included), so that paths, cycles and betweenness above 0 are common.
 */
const denseNetworkInput: fc.Arbitrary<MetricInput> = fc
  .record({
    councils: fc.array(fc.nat(100), { minLength: 2, maxLength: 9 }),
    visits: fc.array(fc.tuple(fc.nat(100), fc.nat(100), isoDateArbitrary), { maxLength: 25 }),
    exhibitions: fc.array(
      fc.tuple(isoDateArbitrary, fc.array(fc.nat(100), { minLength: 1, maxLength: 4 })),
      { maxLength: 8 },
    ),
  })
  .map((raw) => {
    const ids = [...raw.councils.map((_, i) => `C${i + 1}`), 'C99'];
    const pick = (n: number): string => ids[n % ids.length] as string;
    return emptyInput({
      regions: arbitraryRegions,
      councils: raw.councils.map((code, i) => ({
        council_id: `C${i + 1}`,
        region_code: councilCodes[code % councilCodes.length] as string,
        name: `Dekranasda ${i + 1}`,
      })),
      study_visits: raw.visits.map(([v, h, visit_date], i) => ({
        visit_id: `V${i + 1}`,
        visiting_council_id: pick(v),
        host_council_id: pick(h),
        visit_date,
        delegation_size: 2,
        practice_ids: [],
      })),
      exhibitions: raw.exhibitions.map(([start_date, organizers], i) => ({
        exhibition_id: `F${i + 1}`,
        name: `Pameran ${i + 1}`,
        start_date,
        end_date: start_date,
        region_code: '36',
        scale: 'provincial' as const,
        organizer_council_ids: organizers.map(pick),
      })),
    });
  });

describe('network: TypeScript and SQL (with finish) agree', () => {
  it('on random small datasets, regions and periods', async () => {
    await countAgreements(harness(), networkMetric, {}, { numRuns: 100 });
  });

  it('on denser graphs with self-visits, repeated pairs and repeated organizers', async () => {
    const between = await countAgreements(
      harness(),
      networkMetric,
      { inputs: denseNetworkInput, regions: metricRegionArbitrary, periods: metricPeriodArbitrary },
      { numRuns: 150, seed: 20261128 },
      (expected) =>
        expected.some((row) => typeof row.betweenness === 'number' && row.betweenness > 0),
    );
    // The property must have compared graphs where someone lies between others.
    expect(between).toBeGreaterThan(15);
  });
});
