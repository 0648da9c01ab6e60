import { describe, expect, it } from 'vitest';
import { defaultYears } from './default-years.js';
import { latestParticipationYear } from './latest-participation-year.js';
import { resolvePeriod } from './period.js';

const part = (enrolled_on: string) => ({
  program_id: 'P',
  artisan_id: 'A',
  enrolled_on,
  completed: false,
});
const outcome = (year: number) => ({
  enterprise_id: 'E',
  year,
  revenue_idr: 1,
  employees: 1,
  units_sold: 1,
});

describe('resolvePeriod', () => {
  it('reads a year as January 1 to December 31', () => {
    expect(resolvePeriod({ year: 2024 }, { first: 2019, last: 2025 })).toEqual({
      from: '2024-01-01',
      to: '2024-12-31',
    });
  });
  it('keeps an explicit range', () => {
    expect(resolvePeriod({ from: '2024-03-01', to: '2024-06-30' }, null)).toEqual({
      from: '2024-03-01',
      to: '2024-06-30',
    });
  });
  it('defaults to the span, or the current year without one', () => {
    expect(resolvePeriod({}, { first: 2021, last: 2024 })).toEqual({
      from: '2021-01-01',
      to: '2024-12-31',
    });
    expect(resolvePeriod({}, null, new Date('2026-11-28T00:00:00Z'))).toEqual({
      from: '2026-01-01',
      to: '2026-12-31',
    });
  });
});

describe('defaultYears and latestParticipationYear', () => {
  const input = {
    participations: [part('2023-05-01'), part('2024-12-31'), part('2022-01-01')],
    outcomes: [outcome(2019), outcome(2025)],
  };
  it('is the latest participation year for every metric but impact', () => {
    expect(latestParticipationYear(input.participations)).toBe(2024);
    expect(defaultYears(input, 'reach')).toEqual({ first: 2024, last: 2024 });
    expect(defaultYears(input, 'retention')).toEqual({ first: 2024, last: 2024 });
  });
  it('spans participations and outcomes for impact', () => {
    expect(defaultYears(input, 'impact')).toEqual({ first: 2019, last: 2025 });
  });
  it('is null on an empty dataset', () => {
    expect(latestParticipationYear([])).toBeNull();
    expect(defaultYears({ participations: [], outcomes: [] }, 'reach')).toBeNull();
    expect(defaultYears({ participations: [], outcomes: [] }, 'impact')).toBeNull();
  });
});
