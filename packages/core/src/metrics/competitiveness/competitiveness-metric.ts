import { suppressionSpec } from '../../suppression/suppression-spec.js';
import type { MetricDefinition } from '../types.js';
import { competitiveness } from './competitiveness.js';
import { competitivenessSql } from './competitiveness-sql.js';

/**
 * Competitiveness as the registry, the CLI and the dashboard use it. Every mean, median and
 * share is over the assessed products, so suppression hides it when fewer than k were assessed.
 *
 *     competitivenessMetric.compute(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 */
export const competitivenessMetric: MetricDefinition = {
  name: 'competitiveness',
  compute: competitiveness,
  sql: competitivenessSql,
  suppression: suppressionSpec(
    {
      region_code: { kind: 'public' },
      craft_category: { kind: 'public' },
      products_assessed: { kind: 'count', unit: 'products' },
      unassessed: { kind: 'count', unit: 'products' },
      pci_median: { kind: 'mean', over: ['products_assessed'] },
      pci_mean: { kind: 'mean', over: ['products_assessed'] },
      // Its numerator, the export-ready products, is read off the share.
      export_ready_share: { kind: 'rate', over: 'products_assessed' },
      quality: { kind: 'mean', over: ['products_assessed'] },
      materials: { kind: 'mean', over: ['products_assessed'] },
      market: { kind: 'mean', over: ['products_assessed'] },
      compliance: { kind: 'mean', over: ['products_assessed'] },
    },
    ['region_code', 'craft_category'],
  ),
};
