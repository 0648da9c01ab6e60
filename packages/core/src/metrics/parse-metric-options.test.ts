import { describe, expect, it } from 'vitest';
import { MetricOptionsError } from './metric-options-error.js';
import { parseMetricOptions } from './parse-metric-options.js';

const regions = [{ code: '36' }, { code: '36.03' }];

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(MetricOptionsError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('parseMetricOptions', () => {
  it('types good options, reading enumeration labels', () => {
    expect(
      parseMetricOptions(
        'reach',
        { region: '36.03', year: '2024', category: 'tenun', type: 'Pelatihan', by: 'program_type' },
        regions,
      ),
    ).toEqual({
      metric: 'reach',
      region: '36.03',
      year: 2024,
      category: 'woven_textile',
      type: 'training',
      by: 'program_type',
    });
    expect(
      parseMetricOptions('competitiveness', { weights: '0.4,0.2,0.2,0.2', weighting: 'geometric' }),
    ).toMatchObject({
      region: '36',
      weights: [0.4, 0.2, 0.2, 0.2],
      weighting: 'geometric',
    });
  });

  it('types outcome and horizon, the horizon from 1 to 10 and 3 when absent', () => {
    expect(parseMetricOptions('impact', { outcome: 'employees', horizon: '10' })).toEqual({
      metric: 'impact',
      region: '36',
      outcome: 'employees',
      horizon: 10,
    });
    expect(parseMetricOptions('impact', { horizon: 1 })).toMatchObject({ horizon: 1 });
    expect(parseMetricOptions('event_study', { by: 'cohort', horizon: '5' })).toEqual({
      metric: 'event_study',
      region: '36',
      by: 'cohort',
      horizon: 5,
    });
    expect(parseMetricOptions('impact', { outcome: '', horizon: '' })).toEqual({
      metric: 'impact',
      region: '36',
    });
  });

  it('accepts the national scope ID, which is no row of the reference, and only in capitals', () => {
    expect(parseMetricOptions('reach', { region: 'ID', by: 'region' }, regions)).toEqual({
      metric: 'reach',
      region: 'ID',
      by: 'region',
    });
    expect(messageOf(() => parseMetricOptions('reach', { region: 'id' }, regions))).toBe(
      '--region must be ID (all of Indonesia) or a region code such as 36 or 36.03, not "id".',
    );
  });
  it('reads empty values, as a URL query gives them, as absent', () => {
    expect(
      parseMetricOptions('reach', {
        region: '',
        year: '',
        by: '',
        type: '',
        category: '',
        council: ' ',
      }),
    ).toEqual({
      metric: 'reach',
      region: '36',
    });
  });

  it.each([
    [
      'rach',
      {},
      'Unknown metric "rach": use one of reach, retention, competitiveness, rca, network, diffusion, impact, exhibitions, advice, event_study, programs, visit_outcomes.',
    ],
    [
      'reach',
      { region: '36-03' },
      '--region must be ID (all of Indonesia) or a region code such as 36 or 36.03, not "36-03".',
    ],
    ['reach', { region: '36.99' }, 'Region 36.99 is not in the region reference.'],
    [
      'reach',
      { year: 'last' },
      '--year must be a whole year from 1900 to 2100 such as 2024, not "last".',
    ],
    [
      'reach',
      { year: '2024', from: '2024-01-01', to: '2024-02-01' },
      'Give either --year or --from and --to, not both.',
    ],
    [
      'reach',
      { from: '2024-06-01', to: '2024-01-01' },
      '--from 2024-06-01 is after --to 2024-01-01.',
    ],
    ['reach', { from: '2024-06-01' }, '--to is missing: give --from and --to together.'],
    [
      'reach',
      { from: '2024-02-30', to: '2024-03-01' },
      '--from must be a real date YYYY-MM-DD between 1900 and 2100, not "2024-02-30".',
    ],
    [
      'reach',
      { type: 'seminar' },
      expect.stringContaining('Unknown --type "seminar": use one of training,'),
    ],
    ['reach', { category: 'silk' }, expect.stringContaining('Unknown --category "silk"')],
    [
      'retention',
      { by: 'program_type' },
      'retention can be broken down --by region or craft_category, not "program_type".',
    ],
    ['network', { by: 'region' }, 'network has no breakdown, so --by region does not apply.'],
    ['impact', { by: 'cohort' }, 'impact has no breakdown, so --by cohort does not apply.'],
    [
      'event_study',
      { by: 'council' },
      'event_study can be broken down --by cohort, not "council".',
    ],
    [
      'programs',
      { by: 'cohort' },
      'programs can be broken down --by council or program_type, not "cohort".',
    ],
    ['advice', {}, 'advice needs --council ID: the council to advise.'],
    [
      'competitiveness',
      { weights: '1,2,3' },
      expect.stringContaining('--weights must be four non-negative numbers'),
    ],
    [
      'competitiveness',
      { weighting: 'harmonic' },
      '--weighting must be arithmetic or geometric, not "harmonic".',
    ],
    [
      'advice',
      { council: 'C1', dimension: 'price' },
      expect.stringContaining('Unknown --dimension "price"'),
    ],
    [
      'impact',
      { outcome: 'profit' },
      '--outcome must be one of revenue_idr, employees, units_sold, not "profit".',
    ],
    ...['0', '11', '2.5', 'three', '-1', '1e1'].map(
      (horizon): [string, Record<string, string>, string] => [
        'impact',
        { horizon },
        `--horizon must be a whole number of years from 1 to 10, not "${horizon}".`,
      ],
    ),
  ])('refuses %s %j with one sentence', (metric, raw, message) => {
    expect(messageOf(() => parseMetricOptions(metric, raw, regions))).toEqual(message);
  });
});
