import { craftCategories } from '@anyam/core';
import {
  enterpriseCraftWords,
  enterpriseFirstWords,
  enterpriseLandmarks,
  enterprisePrefixes,
  enterpriseSecondWords,
  femaleShareByCategory,
} from '../catalog.js';
import {
  addDays,
  clamp,
  normal,
  pickFrom,
  sqlList,
  sqlNestedList,
  sqlNumbers,
  uniform,
  uniformInt,
  weightedIndex,
} from '../sql.js';
import { ids, runAll, type StepContext } from './context.js';

/** Shares of micro, small and medium enterprises among registered craft UMKM. */
const sizeWeights = [88, 10, 2];
/**
 * The year an enterprise's artisans may first be coached, as offsets from `fromYear` (the last
 * bucket: never within the period). A fifth is never coached, so that the impact metric always
 * has a comparison group of enterprises with no participation before or during `t+1`.
 */
const gateWeights = [40, 12, 10, 10, 8, 20];

const femaleShares = sqlNumbers(craftCategories.map((category) => femaleShareByCategory[category]));

function craftCase(u: string): string {
  const branches = craftCategories
    .slice(0, -1)
    .map((_, index) => `WHEN ${u} < c${index + 1} THEN ${index + 1}`);
  return `CASE ${branches.join(' ')} ELSE ${craftCategories.length} END`;
}

/**
 * Creates `syn_ent` (one row per enterprise with the latent traits later steps use: craft,
 * size, coaching gate, growth, base revenue, quality, artisan and product offsets) and the
 * `enterprises` table. Enterprises are numbered regency by regency.
 *
 *     await createEnterprises(context) // Banten: 3,000 rows, 85% coded at a district
 */
export async function createEnterprises(context: StepContext): Promise<void> {
  const craftWords = sqlNestedList(
    craftCategories.map((category) => enterpriseCraftWords[category]),
  );
  const prefixes = sqlNestedList([
    enterprisePrefixes.micro,
    enterprisePrefixes.small,
    enterprisePrefixes.medium,
  ]);
  await runAll(context, [
    `CREATE OR REPLACE TEMP TABLE syn_ent AS
     WITH base AS (
       SELECT unit, code AS unit_code, province, n_districts, c1, c2, c3, c4, c5, c6, c7, c8, dominant, uq, ent_start + k AS e
       FROM (SELECT *, unnest(range(n_ent)) AS k FROM syn_unit)),
     drawn AS (
       SELECT *,
         ${craftCase(uniform('craft', 'e'))} AS cat,
         ${weightedIndex(sizeWeights, uniform('size', 'e'))} AS size,
         ${weightedIndex(gateWeights, uniform('gate', 'e'))} AS gate,
         ${uniform('registered-in-period', 'e')} < 0.35 AS registered_in_period,
         ${uniform('registered-day', 'e')} AS u_registered
       FROM base),
     dated AS (
       SELECT *,
         CASE WHEN registered_in_period
           THEN ${addDays('make_date($from_year::INTEGER, 1, 1)', `floor(u_registered * (make_date($to_year::INTEGER, 12, 31) - make_date($from_year::INTEGER, 1, 1)))`)}
           ELSE ${addDays('make_date(least(2012, $from_year::INTEGER - 9), 1, 1)', `floor(u_registered * (make_date($from_year::INTEGER - 1, 12, 31) - make_date(least(2012, $from_year::INTEGER - 9), 1, 1)))`)}
         END AS registered_on
       FROM drawn),
     ent AS (
     SELECT e, unit, unit_code, province, cat, dominant = cat AS dom, size, uq,
       CASE WHEN ${uniform('district-coded', 'e')} < 0.85 THEN floor(${uniform('district', 'e')} * n_districts)::BIGINT END AS district_k,
       ${uniform('owner-gender', 'e')} < ${femaleShares}[cat] AS owner_female,
       registered_on,
       (year(registered_on) - floor(25 * pow(${uniform('founded', 'e')}, 2)))::INTEGER AS founded_year,
       CASE WHEN gate <= 5 AND $from_year + gate - 1 <= $to_year THEN $from_year + gate - 1 ELSE 9999 END::INTEGER AS gate_year,
       (CASE size WHEN 1 THEN 1 + ${uniformInt('artisans', '3', 'e')} WHEN 2 THEN 4 + ${uniformInt('artisans', '7', 'e')} ELSE 12 + ${uniformInt('artisans', '19', 'e')} END)::BIGINT AS n_art,
       (CASE size WHEN 1 THEN 1 + ${uniformInt('products', '2', 'e')} WHEN 2 THEN 2 + ${uniformInt('products', '3', 'e')} ELSE 3 + ${uniformInt('products', '4', 'e')} END)::BIGINT AS n_prod,
       0.5 * ${normal('enterprise-quality', 'e')} + 0.3 * (size - 1) AS eq,
       ${clamp(`0.04 + 0.03 * ${normal('growth', 'e')}`, '-0.03', '0.11')} AS growth,
       CASE size
         WHEN 1 THEN ${clamp(`exp(ln(150e6) + 0.8 * ${normal('base-revenue', 'e')})`, '15e6', '600e6')}
         WHEN 2 THEN exp(ln(3.1e9) + ${uniform('base-revenue', 'e')} * ln(6.4 / 3.1))
         ELSE exp(ln(20e9) + ${uniform('base-revenue', 'e')} * ln(1.2))
       END AS base_revenue,
       CASE WHEN ${uniform('name-style', 'e')} < 0.3
         THEN ${pickFrom(`${craftWords}[cat]`, uniform('name-craft', 'e'))} || ' ' || ${pickFrom(sqlList(enterpriseLandmarks), uniform('name-landmark', 'e'))}
         ELSE ${pickFrom(`${prefixes}[size]`, uniform('name-prefix', 'e'))} || ' ' || ${pickFrom(`${craftWords}[cat]`, uniform('name-craft', 'e'))}
           || ' ' || ${pickFrom(sqlList(enterpriseFirstWords), uniform('name-first', 'e'))} || ' ' || ${pickFrom(sqlList(enterpriseSecondWords), uniform('name-second', 'e'))}
       END AS name
     FROM dated)
     SELECT ent.*, coalesce(d.code, ent.unit_code) AS region_code,
       (sum(n_art) OVER (ORDER BY ent.e) - n_art)::BIGINT AS art_off,
       (sum(n_prod) OVER (ORDER BY ent.e) - n_prod)::BIGINT AS prod_off
     FROM ent LEFT JOIN syn_district d ON d.unit = ent.unit AND d.k = ent.district_k`,
    `INSERT INTO enterprises (enterprise_id, region_code, name, craft_category, size_class, owner_gender, founded_year, registered_on)
     SELECT ${ids.enterprise('e')}, region_code, name, ${sqlList(craftCategories)}[cat], ['micro', 'small', 'medium'][size],
       CASE WHEN owner_female THEN 'F' ELSE 'M' END, founded_year, registered_on
     FROM syn_ent`,
  ]);
}
