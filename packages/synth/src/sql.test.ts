import { describe, expect, test } from 'vitest';
import { femaleReachRatio } from './generate.js';
import { scopeUnits } from './scope.js';
import { scales } from './scales.js';
import { saltNumber, sqlList, usedParams, weightedIndex } from './sql.js';

describe('SQL helpers', () => {
  test('sqlList doubles quotes', () => {
    expect(sqlList(["Jum'at", 'b'])).toBe("['Jum''at', 'b']");
  });

  test('weightedIndex cuts at cumulative shares', () => {
    expect(weightedIndex([1, 3], 'u')).toBe('CASE WHEN (u) < 0.25 THEN 1 ELSE 2 END');
  });

  test('usedParams keeps only the parameters the SQL names', () => {
    expect(usedParams('SELECT $seed, $to_year', { seed: 1, to_year: 2, from_year: 3 })).toEqual({
      seed: 1,
      to_year: 2,
    });
    expect(usedParams('SELECT $seeds', { seed: 1 })).toEqual({});
  });
});

describe('femaleReachRatio', () => {
  test('gives the reach ratio whose representation is the target', () => {
    const f = 0.6;
    const theta = femaleReachRatio(0.8, f);
    expect(theta / (f * theta + 1 - f)).toBeCloseTo(0.8, 12);
    expect(femaleReachRatio(1, 0.3)).toBeCloseTo(1, 12);
  });
});

describe('scopeUnits', () => {
  test('Banten has its eight regencies and cities in code order, with districts and craft profiles', () => {
    const units = scopeUnits(scales.banten);
    expect(units.map((unit) => unit.code)).toEqual([
      '36.01',
      '36.02',
      '36.03',
      '36.04',
      '36.71',
      '36.72',
      '36.73',
      '36.74',
    ]);
    for (const unit of units) {
      expect(unit.districts.length).toBeGreaterThan(0);
      expect(unit.districts.every((code) => code.startsWith(`${unit.code}.`))).toBe(true);
      expect(unit.craft_cum.at(-1)).toBeCloseTo(1, 12);
    }
    // Lebak's leading craft is tenun (woven_textile, the second category).
    expect(units[1]?.dominant).toBe(2);
  });

  test('national covers every regency of the reference', () => {
    expect(scopeUnits(scales.national)).toHaveLength(514);
  });
});

describe('saltNumber', () => {
  test('is FNV-1a, so each named draw gets its own stable stream', () => {
    expect(saltNumber('cat')).toBe(108289031);
    expect(saltNumber('gender')).not.toBe(saltNumber('gender:1'));
  });
});
