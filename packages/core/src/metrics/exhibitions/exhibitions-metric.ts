import { suppressionSpec } from '../../suppression/suppression-spec.js';
import type { MetricDefinition } from '../types.js';
import { exhibitions } from './exhibitions.js';
import { exhibitionsSql } from './exhibitions-sql.js';
import { finishExhibitions } from './finish-exhibitions.js';

/**
 * Exhibitions as a {@link MetricDefinition}.
 *
 *     exhibitionsMetric.compute(input, options) // the rows of exhibitions(input, options)
 */
export const exhibitionsMetric: MetricDefinition = {
  name: 'exhibitions',
  compute: exhibitions,
  sql: exhibitionsSql,
  finish: finishExhibitions,
  // Exhibitions held are public; the exhibitor rows are enterprises' records, and a sum of their
  // sales or buyer leads over fewer than k of them would reveal what one enterprise did.
  suppression: suppressionSpec({
    scale: { kind: 'public' },
    joint: { kind: 'public' },
    exhibitions: { kind: 'public', count: true },
    exhibitors: { kind: 'count', unit: 'enterprises' },
    sales_idr: { kind: 'mean', over: ['exhibitors'] },
    sales_per_exhibitor: { kind: 'mean', over: ['exhibitors'] },
    buyer_leads: { kind: 'mean', over: ['exhibitors'] },
  }),
};
