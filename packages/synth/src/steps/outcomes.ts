import { craftCategories } from '@anyam/core';
import { plantedEffects } from '../planted-effects.js';
import { priceRangeByCategory } from '../catalog.js';
import { clamp, normal, sqlNumbers, uniform, uniformInt } from '../sql.js';
import { ids, runAll, type StepContext } from './context.js';

/** Typical unit price per category (geometric mean of its range), to turn revenue into units. */
export const typicalPrices = sqlNumbers(
  craftCategories.map((category) => {
    const [low, high] = priceRangeByCategory[category];
    return Math.round(Math.sqrt(low * high));
  }),
);

/**
 * Creates `outcomes`: revenue, employees and units sold per enterprise and year from its founding
 * year on. Revenue is base × exp(growth × years + noise), times the planted coaching effect
 * (×1.04 in the year of the enterprise's first participation, ×1.12 the year after, ×1.16 from
 * then on), kept inside its size class's PP 7/2021 band (micro ≤ Rp2 billion) and always
 * positive. Employees follow the BPS bands, with one more for a fifth of the coached enterprises
 * from the year after their first participation on.
 *
 *     await createOutcomes(context) // Banten: about 14,500 rows
 */
export async function createOutcomes(context: StepContext): Promise<void> {
  const noise = clamp(normal('revenue-noise', 'e', 'y'), '-2.5', '2.5');
  // The planted coaching effect by years since the first participation (the last one lasts).
  const steps = plantedEffects.coachingRevenue.byYearsSince;
  const coachingMultiplier = `CASE WHEN first_year IS NULL OR y < first_year THEN 1 ${steps
    .slice(0, -1)
    .map((m, e) => `WHEN y = first_year + ${e} THEN ${m}`)
    .join(' ')} ELSE ${steps.at(-1)} END`;
  const { hireShare, extraEmployees, lagYears } = plantedEffects.coachingEmployees;
  const hired = `CASE WHEN first_year IS NOT NULL AND y >= first_year + ${lagYears} AND ${uniform('coached-hire', 'e')} < ${hireShare} THEN ${extraEmployees} ELSE 0 END`;
  await runAll(context, [
    'CREATE OR REPLACE TEMP TABLE syn_first AS SELECT e, min(y) AS first_year FROM syn_reach GROUP BY e',
    `INSERT INTO outcomes (enterprise_id, year, revenue_idr, employees, units_sold)
     WITH years AS (
       SELECT s.e, s.size, s.cat, s.growth, s.base_revenue, s.n_art, r.y, f.first_year
       FROM syn_ent s CROSS JOIN range($from_year::INTEGER, $to_year::INTEGER + 1) AS r(y)
         LEFT JOIN syn_first f ON f.e = s.e
       WHERE r.y >= s.founded_year),
     revenue AS (
       SELECT *,
         base_revenue * exp(growth * (y - $from_year::INTEGER) + 0.12 * ${noise})
           * ${coachingMultiplier} AS raw
       FROM years),
     banded AS (
       SELECT *,
         (round(CASE size WHEN 1 THEN ${clamp('raw', '1e6', '2e9')}
                          WHEN 2 THEN ${clamp('raw', '2.001e9', '15e9')}
                          ELSE ${clamp('raw', '15.001e9', '50e9')} END / 1000) * 1000)::BIGINT AS revenue
       FROM revenue)
     SELECT ${ids.enterprise('e')}, y::INTEGER, revenue,
       (CASE size WHEN 1 THEN least(4, n_art + ${uniformInt('employees', '2', 'e', 'y')} + ${hired})
                  WHEN 2 THEN least(19, n_art + 3 + ${uniformInt('employees', '5', 'e', 'y')} + ${hired})
                  ELSE least(99, n_art + 8 + ${uniformInt('employees', '20', 'e', 'y')} + ${hired}) END)::INTEGER,
       greatest(1, round(revenue / (${typicalPrices}[cat] * (0.7 + 0.6 * ${uniform('unit-price', 'e', 'y')}))))::INTEGER
     FROM banded`,
  ]);
}
