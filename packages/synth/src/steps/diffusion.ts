import { practiceCategories } from '@anyam/core';
import { practiceNames } from '../catalog.js';
import { plantedEffects } from '../planted-effects.js';
import {
  addDays,
  pickFrom,
  seededHash,
  sqlList,
  sqlNestedList,
  uniform,
  uniformInt,
} from '../sql.js';
import { STRIDE, ids, runAll, type StepContext } from './context.js';

const { rate, minLagDays, maxLagDays } = plantedEffects.practiceAdoption;
const { visitPciBoost } = plantedEffects;
/** (practice category, score it raises) of the planted visit effect. */
export const boosted = Object.entries(visitPciBoost.scoreByCategory);

/**
 * Creates `practices` (each council originates a few; Kabupaten Tangerang eight), `study_visits`
 * (Kabupaten Tangerang hosts a planted share of all visits; other hosts are mostly in the
 * visitor's own province) and `adoptions`: each (visiting council, practice) pair shown is
 * adopted with probability 0.40, 61–243 days after its earliest visit, some later
 * institutionalized; others stop at planned or piloted. Rows dated after the period are left out:
 * they have not happened yet. Then `syn_pci_boost`: for each regency council and year, which
 * scores gain a point in its regency's assessments of that year because a practice first shown
 * the year before was adopted (`plantedEffects.visitPciBoost`, read by `createProducts`).
 *
 *     await createDiffusion(context) // Banten: ~30 practices, ~110 visits
 */
export async function createDiffusion(context: StepContext): Promise<void> {
  const [visitLow, visitHigh] = context.config.regencyVisitsPerYear;
  const params = { ...context.params, host_share: context.config.tangerangHostShare };
  const names = sqlNestedList(practiceCategories.map((category) => practiceNames[category]));
  await runAll({ ...context, params }, [
    `CREATE OR REPLACE TEMP TABLE syn_practice_count AS
     SELECT idx, (CASE WHEN code = '36.03' THEN 8 WHEN is_province THEN 2 + ${uniformInt('practices', '3', 'idx')}
                  ELSE 1 + ${uniformInt('practices', '4', 'idx')} END)::BIGINT AS n_prac
     FROM syn_council`,
    `CREATE OR REPLACE TEMP TABLE syn_practice_block AS
     SELECT idx, n_prac, (sum(n_prac) OVER (ORDER BY idx) - n_prac)::BIGINT AS prac_off FROM syn_practice_count`,
    `INSERT INTO practices (practice_id, name, practice_category, origin_council_id)
     WITH rows AS (
       SELECT b.prac_off + j AS pn, c.council_id, c.region_name
       FROM (SELECT *, unnest(range(n_prac)) AS j FROM syn_practice_block) b JOIN syn_council c ON c.idx = b.idx),
     drawn AS (SELECT *, 1 + ${uniformInt('practice-category', String(practiceCategories.length), 'pn')} AS pc FROM rows)
     SELECT ${ids.practice('pn')}, ${pickFrom(`${names}[pc]`, uniform('practice-name', 'pn'))} || ' ' || region_name,
       ${sqlList(practiceCategories)}[pc], council_id
     FROM drawn`,
    `CREATE OR REPLACE TEMP TABLE syn_visit AS
     WITH counts AS (
       SELECT c.idx, c.province, y,
         CASE WHEN c.is_province THEN 1 + ${uniformInt('visits', '3', 'c.idx', 'y')}
              ELSE ${visitLow} + ${uniformInt('visits', String(visitHigh - visitLow + 1), 'c.idx', 'y')} END AS n
       FROM syn_council c CROSS JOIN range($from_year::INTEGER, $to_year::INTEGER + 1) AS r(y)),
     slots AS (SELECT idx, province, y, unnest(range(n)) AS j FROM counts),
     numbered AS (SELECT *, row_number() OVER (ORDER BY y, idx, j) - 1 AS vn FROM slots),
     scope AS (SELECT count(*) AS n_all, min(idx) FILTER (WHERE code = '36.03') AS tangerang FROM syn_council),
     hosted AS (
       SELECT v.*, b.c_start, b.c_n, s.n_all,
         CASE WHEN s.tangerang IS NOT NULL AND v.idx <> s.tangerang AND ${uniform('host-tangerang', 'vn')} < $host_share THEN s.tangerang
              WHEN ${uniform('host-province', 'vn')} < 0.8
                THEN b.c_start + (v.idx - b.c_start + 1 + ${uniformInt('host', 'b.c_n - 1', 'vn')}) % b.c_n
              ELSE (v.idx + 1 + ${uniformInt('host', 's.n_all - 1', 'vn')}) % s.n_all END AS host
       FROM numbered v JOIN syn_council_block b ON b.province = v.province CROSS JOIN scope s)
     SELECT vn, idx AS visitor, host, y,
       ${addDays('make_date(y::INTEGER, 1, 1)', `10 + ${uniformInt('visit-day', '340', 'vn')}`)} AS visit_date,
       (3 + ${uniformInt('delegation', '13', 'vn')})::INTEGER AS delegation_size,
       1 + ${uniformInt('shown', '4', 'vn')} AS shown
     FROM hosted`,
    `CREATE OR REPLACE TEMP TABLE syn_shown AS
     WITH slots AS (
       SELECT v.vn, v.visitor, v.visit_date, p.prac_off, p.n_prac, unnest(range(least(v.shown, p.n_prac))) AS j
       FROM syn_visit v JOIN syn_practice_block p ON p.idx = v.host)
     SELECT vn, visitor, visit_date, j, prac_off + (${uniformInt('shown-offset', 'n_prac', 'vn')} + j * ${STRIDE}) % n_prac AS pn
     FROM slots`,
    `INSERT INTO study_visits (visit_id, visiting_council_id, host_council_id, visit_date, delegation_size, practice_ids)
     SELECT ${ids.visit('v.vn')}, a.council_id, h.council_id, v.visit_date, v.delegation_size,
       (SELECT list(${ids.practice('s.pn')} ORDER BY s.j) FROM syn_shown s WHERE s.vn = v.vn)
     FROM syn_visit v JOIN syn_council a ON a.idx = v.visitor JOIN syn_council h ON h.idx = v.host`,
    // Evenly spaced draws in a seeded random order (stratified), so that the adopted share is 40%
    // to within one pair rather than 40% ± a binomial spread on a few hundred pairs.
    `CREATE OR REPLACE TEMP TABLE syn_exposure AS
     WITH pairs AS (
       SELECT visitor, pn, min(visit_date) AS first_visit, arg_min(vn, visit_date::VARCHAR || lpad(vn::VARCHAR, 9, '0')) AS vn
       FROM syn_shown GROUP BY visitor, pn)
     SELECT *, (row_number() OVER (ORDER BY ${seededHash('adoption', 'visitor', 'pn')}, visitor, pn) - 0.5) / count(*) OVER () AS u
     FROM pairs`,
    `INSERT INTO adoptions (council_id, practice_id, adopted_on, source_visit_id, stage)
     WITH staged AS (
       SELECT x.*, c.council_id,
         CASE WHEN ${uniform('source-recorded', 'visitor', 'pn')} < 0.9 THEN ${ids.visit('vn')} END AS source,
         ${addDays('first_visit', `${minLagDays} + ${uniformInt('adopted-lag', String(maxLagDays - minLagDays + 1), 'visitor', 'pn')}`)} AS adopted_on
       FROM syn_exposure x JOIN syn_council c ON c.idx = x.visitor),
     rows AS (
       SELECT council_id, pn, ${addDays('first_visit', `7 + ${uniformInt('planned-lag', '22', 'visitor', 'pn')}`)} AS d, source, 'planned' AS stage
       FROM staged WHERE u < ${rate} + 0.35
       UNION ALL
       SELECT council_id, pn, ${addDays('first_visit', `30 + ${uniformInt('piloted-lag', '26', 'visitor', 'pn')}`)}, source, 'piloted'
       FROM staged WHERE u < ${rate} + 0.2 AND (u >= ${rate} OR ${uniform('piloted-first', 'visitor', 'pn')} < 0.7)
       UNION ALL
       SELECT council_id, pn, adopted_on, source, 'adopted' FROM staged WHERE u < ${rate}
       UNION ALL
       SELECT council_id, pn, ${addDays('adopted_on', `180 + ${uniformInt('institutionalized-lag', '186', 'visitor', 'pn')}`)}, source, 'institutionalized'
       FROM staged WHERE u < ${rate} AND ${uniform('institutionalized', 'visitor', 'pn')} < 0.5)
     SELECT council_id, ${ids.practice('pn')}, d, source, stage FROM rows WHERE d <= make_date($to_year::INTEGER, 12, 31)`,
    // The planted visit effect: per regency council and year, each score an adopted practice
    // first shown in the year before raises (1) or not (0).
    `CREATE OR REPLACE TEMP TABLE syn_pci_boost AS
     WITH adopted AS (
       SELECT c.code AS unit_code, p.practice_category, year(x.first_visit) + ${visitPciBoost.lagYears} AS y
       FROM syn_exposure x JOIN syn_council c ON c.idx = x.visitor
         JOIN practices p ON p.practice_id = ${ids.practice('x.pn')}
       WHERE x.u < ${rate} AND NOT c.is_province)
     SELECT unit_code, y,
       ${boosted.map(([category, score]) => `count(*) FILTER (WHERE practice_category = '${category}') > 0 AS ${score}_boost`).join(', ')}
     FROM adopted GROUP BY unit_code, y`,
  ]);
}
