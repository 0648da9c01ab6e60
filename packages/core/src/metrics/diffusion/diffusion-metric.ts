import type { MetricDefinition } from '../types.js';
import { diffusion } from './diffusion.js';
import { diffusionSql } from './diffusion-sql.js';

/**
 * Diffusion of practices as a {@link MetricDefinition}.
 *
 *     diffusionMetric.compute(input, options) // the rows of diffusion(input, options)
 */
export const diffusionMetric: MetricDefinition = {
  name: 'diffusion',
  compute: diffusion,
  sql: diffusionSql,
  suppression: {
    counts: ['exposed', 'adopted'],
    rates: { adoption_rate: 'exposed', median_lag_days: 'adopted' },
  },
};
