import { describe, expect, it } from 'vitest';
import { parseMetricOptions } from '../parse-metric-options.js';
import { defaultHorizon, eventTimes, maxHorizon } from './event-times.js';

describe('eventTimes', () => {
  it('runs -h .. h without the base year -1, the default horizon when none is given', () => {
    expect(eventTimes(2)).toEqual([-2, 0, 1, 2]);
    expect(eventTimes()).toEqual(eventTimes(defaultHorizon));
    expect(eventTimes()).toEqual([-3, -2, 0, 1, 2, 3]);
  });

  it('takes the longest horizon that option parsing lets through, and no longer one', () => {
    const { horizon } = parseMetricOptions('event_study', { horizon: String(maxHorizon) });
    expect(horizon).toBe(maxHorizon);
    expect(eventTimes(horizon)).toHaveLength(2 * maxHorizon);
    expect(() => parseMetricOptions('event_study', { horizon: String(maxHorizon + 1) })).toThrow(
      `from 1 to ${maxHorizon},`,
    );
  });
});
