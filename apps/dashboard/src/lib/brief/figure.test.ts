import { describe, expect, it } from 'vitest';
import { briefFigure } from './figure.js';

const value = (v: number | null, suppressed = false) => ({ value: v, suppressed });

describe('briefFigure', () => {
  it('reads a rate and its change in percentage points, per language', () => {
    const input = {
      key: 'reach.reach_rate',
      label: 'Reach rate',
      current: value(0.3),
      previous: value(0.25),
      previousYear: 2024,
      kind: 'percent' as const,
      change: 'percentagePoints' as const,
    };
    expect(briefFigure(input, 'en')).toMatchObject({
      text: '30.0%',
      change: '+5 pp vs 2024',
      direction: 1,
    });
    expect(briefFigure(input, 'id')).toMatchObject({
      text: '30,0%',
      change: '+5 poin persen dibanding 2024',
    });
  });

  it('marks a suppressed value "< 5" and says it cannot be compared', () => {
    const figure = briefFigure(
      {
        key: 'reach.reached_artisans',
        label: 'Artisans reached',
        current: value(null, true),
        previous: value(12),
        previousYear: 2024,
        kind: 'count',
        change: 'relative',
      },
      'id',
    );
    expect(figure).toMatchObject({
      text: '< 5',
      suppressed: true,
      change: 'tak terbandingkan dengan 2024',
      direction: null,
    });
  });

  it('keeps two decimals for a ratio change and gives no change without an earlier year', () => {
    const ratio = {
      key: 'reach.female_representation',
      label: 'Women',
      current: value(0.8),
      previous: value(0.83),
      previousYear: 2024,
      kind: 'ratio' as const,
      change: 'ratio' as const,
    };
    expect(briefFigure(ratio, 'id')).toMatchObject({
      text: '0,80',
      change: '−0,03 dibanding 2024',
      direction: -1,
    });
    expect(
      briefFigure({ ...ratio, previous: undefined, previousYear: null }, 'en').change,
    ).toBeNull();
  });

  it('reads a change from zero as the plain difference', () => {
    const figure = briefFigure(
      {
        key: 'programs.programs',
        label: 'Programs',
        current: value(3),
        previous: value(0),
        previousYear: 2024,
        kind: 'count',
        change: 'relative',
      },
      'en',
    );
    expect(figure.change).toBe('+3 vs 2024');
  });
});
