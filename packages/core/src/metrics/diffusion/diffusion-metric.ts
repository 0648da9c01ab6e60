import { suppressionSpec } from '../../suppression/suppression-spec.js';
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
  // Exposures and adoptions are councils' public work: published as they are.
  suppression: suppressionSpec({
    council_id: { kind: 'public' },
    exposed: { kind: 'public', count: true },
    adopted: { kind: 'public', count: true },
    adoption_rate: { kind: 'public' },
    median_lag_days: { kind: 'public' },
  }),
};
