import { describe, expect, it } from 'vitest';
import { MetricOptionsError } from './metric-options-error.js';
import { parseMetricOptions } from './parse-metric-options.js';

describe('MetricOptionsError', () => {
  it('carries the code ANYAM_METRIC_OPTIONS, on the class and on each error', () => {
    const error = new MetricOptionsError('--year must be a whole number.', 'year');
    expect(MetricOptionsError.code).toBe('ANYAM_METRIC_OPTIONS');
    expect(error.code).toBe('ANYAM_METRIC_OPTIONS');
    expect(error.option).toBe('year');
    expect(error.name).toBe('MetricOptionsError');
  });

  it('is what a bad request throws, recognisable by its code without instanceof', () => {
    let thrown: unknown;
    try {
      parseMetricOptions('reach', { year: 'last' });
    } catch (error) {
      thrown = error;
    }
    // What an app holding another copy of the package (ESM and CJS) can still test.
    expect((thrown as { code?: unknown }).code).toBe('ANYAM_METRIC_OPTIONS');
  });
});
