import { isInRegion } from '../../regions/code.js';
import { assessmentDimensions } from '../competitiveness/assessment-dimensions.js';
import { pci } from '../competitiveness/pci.js';
import { defaultPciWeights } from '../competitiveness/pci-weights.js';
import { mean } from '../impact/mean.js';
import type { MetricInput, MetricOptions } from '../types.js';
import { parentCode } from '../../regions/code.js';
import type { VisitOutcomesRow } from './visit-outcomes-row.js';

interface ScoredAssessment {
  readonly region_code: string;
  readonly pci: number;
}

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/**
 * What changed after each study visit (metrics.md section 12): one row per visit whose
 * `visit_date` is in `P` and whose visiting council is in `r`, in order of `visit_date` then
 * `visit_id`, with the practices shown and adopted (as in diffusion: stage adopted or
 * institutionalized, on or after the visit, no upper bound), and the mean PCI (section 3,
 * arithmetic, default weights, from each assessment's own scores) of the assessments of products
 * of the visiting council's region `v` dated in the calendar year before and the year after the
 * visit, against the same change over the rest of `v`'s parent region (every enterprise outside
 * `v` when `v` is a province).
 *
 *     visitOutcomes(input, { region: '36', from: '2023-01-01', to: '2023-12-31' })
 *     // [{ visit_id: 'SV-1', visiting_council_id: 'DKR-36.01', host_council_id: 'DKR-36.03',
 *     //    visit_date: '2023-03-14', practices_shown: 3, practices_adopted: 1, adoption_rate: 0.33,
 *     //    assessed_before: 310, assessed_after: 298, pci_before: 51.2, pci_after: 54.0,
 *     //    pci_change: 2.8, benchmark_change: 0.9, relative_change: 1.9 }, ...]
 */
export function visitOutcomes(input: MetricInput, options: MetricOptions): VisitOutcomesRow[] {
  const { region, from, to } = options;
  const councilRegion = new Map(
    input.councils.map((council) => [council.council_id, council.region_code]),
  );
  const visits = input.study_visits
    .filter((visit) => {
      const code = councilRegion.get(visit.visiting_council_id);
      return (
        code !== undefined &&
        isInRegion(code, region) &&
        visit.visit_date >= from &&
        visit.visit_date <= to
      );
    })
    .sort((a, b) =>
      a.visit_date !== b.visit_date
        ? a.visit_date < b.visit_date
          ? -1
          : 1
        : a.visit_id < b.visit_id
          ? -1
          : a.visit_id > b.visit_id
            ? 1
            : 0,
    );

  // Each assessment's own PCI, with the region of its product's enterprise, by calendar year.
  const enterpriseRegion = new Map(input.enterprises.map((e) => [e.enterprise_id, e.region_code]));
  const productOf = new Map(input.products.map((product) => [product.product_id, product]));
  const byYear = new Map<number, ScoredAssessment[]>();
  for (const assessment of input.assessments) {
    const product = productOf.get(assessment.product_id);
    const code = product && enterpriseRegion.get(product.enterprise_id);
    if (product === undefined || code === undefined) continue;
    const year = Number(assessment.assessed_on.slice(0, 4));
    const { dimensions } = assessmentDimensions(assessment, product);
    const list = byYear.get(year) ?? [];
    list.push({ region_code: code, pci: pci(dimensions, 'arithmetic', defaultPciWeights) });
    byYear.set(year, list);
  }

  return visits.map((visit): VisitOutcomesRow => {
    const shown = [...new Set(visit.practice_ids)];
    const adopted = shown.filter((practice) =>
      input.adoptions.some(
        (adoption) =>
          adoption.council_id === visit.visiting_council_id &&
          adoption.practice_id === practice &&
          (adoption.stage === 'adopted' || adoption.stage === 'institutionalized') &&
          adoption.adopted_on >= visit.visit_date,
      ),
    ).length;
    const v = councilRegion.get(visit.visiting_council_id) as string;
    const parent = parentCode(v);
    const year = Number(visit.visit_date.slice(0, 4));
    const side = (y: number) => {
      const own: number[] = [];
      const rest: number[] = [];
      for (const scored of byYear.get(y) ?? []) {
        if (isInRegion(scored.region_code, v)) own.push(scored.pci);
        else if (parent === null || isInRegion(scored.region_code, parent)) rest.push(scored.pci);
      }
      return { own, rest };
    };
    const before = side(year - 1);
    const after = side(year + 1);
    const pciBefore = mean(before.own);
    const pciAfter = mean(after.own);
    const pciChange = difference(pciAfter, pciBefore);
    const benchmarkChange = difference(mean(after.rest), mean(before.rest));
    return {
      visit_id: visit.visit_id,
      visiting_council_id: visit.visiting_council_id,
      host_council_id: visit.host_council_id,
      visit_date: visit.visit_date,
      practices_shown: shown.length,
      practices_adopted: adopted,
      adoption_rate: shown.length > 0 ? adopted / shown.length : null,
      assessed_before: before.own.length,
      assessed_after: after.own.length,
      pci_before: pciBefore,
      pci_after: pciAfter,
      pci_change: pciChange,
      benchmark_change: benchmarkChange,
      relative_change: difference(pciChange, benchmarkChange),
    };
  });
}
