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
  suppression: {
    counts: ['exhibitions', 'exhibitors', 'buyer_leads'],
    // A sum of sales over fewer than k exhibitors would reveal what one enterprise sold.
    rates: { sales_idr: 'exhibitors', sales_per_exhibitor: 'exhibitors' },
  },
};
