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
  suppression: {
    counts: ['products_assessed', 'unassessed'],
    rates: {
      pci_median: 'products_assessed',
      pci_mean: 'products_assessed',
      export_ready_share: 'products_assessed',
      quality: 'products_assessed',
      materials: 'products_assessed',
      market: 'products_assessed',
      compliance: 'products_assessed',
    },
  },
};
