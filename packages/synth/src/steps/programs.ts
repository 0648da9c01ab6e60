import { craftCategories, labels, programTypes } from '@anyam/core';
import { programCosts, programStems, programTypeWeights } from '../catalog.js';
import {
  addDays,
  pickFrom,
  seededHash,
  sqlList,
  sqlNestedList,
  sqlNumbers,
  uniform,
  uniformInt,
  weightedIndex,
} from '../sql.js';
import { STRIDE, ids, runAll, type StepContext } from './context.js';

/** Mean participants per program: programs are sized 15–40 around it. */
const MEAN_PROGRAM_SIZE = 27;

/**
 * The date a program starts, from its number alone, so that participations find it without a join.
 *
 *     programStart('p', 'y') // a date between 15 January and late November of year y
 */
export function programStart(p: string, y: string): string {
  return addDays(
    `make_date((${y})::INTEGER, 1, 1)`,
    `14 + ${uniformInt('program-start', '320', p)}`,
  );
}

/**
 * Draws who is reached in which year (`syn_reach`): an artisan can be coached from its
 * enterprise's gate year on and from the year after it registered, with a yearly chance that
 * depends on its engagement and on its gender (women are planted as under-reached: see
 * `$q_female`), then joins 1..max programs that year.
 *
 *     await createReach(context) // needs $q_male, $q_female
 */
export async function createReach(context: StepContext): Promise<void> {
  const kmax = context.config.maxProgramsPerArtisanYear;
  await runAll(context, [
    `CREATE OR REPLACE TEMP TABLE syn_reach AS
     SELECT a, e, unit, dom, y, (1 + ${uniformInt('programs-per-year', String(kmax), 'a', 'y')})::BIGINT AS k
     FROM syn_art CROSS JOIN range($from_year::INTEGER, $to_year::INTEGER + 1) AS r(y)
     WHERE y >= gate_year AND y > year(registered_on)
       AND ${uniform('reached', 'a', 'y')} < CASE WHEN female THEN $q_female ELSE $q_male END * CASE WHEN engaged THEN 1.5 ELSE 0.5 END`,
  ]);
}

/**
 * Program slots per block, counted from `syn_reach` without expanding it: an artisan of its
 * regency's leading craft takes every second slot (odd `j`) in a program of that craft.
 */
const pickCounts = `
  SELECT unit, y, false AS spec, CASE WHEN dom THEN k - k // 2 ELSE k END AS picks FROM syn_reach
  UNION ALL SELECT unit, y, true AS spec, k // 2 AS picks FROM syn_reach WHERE dom`;

/**
 * Creates the programs: each regency and year has a block of open programs (any craft) and a
 * block for its leading craft, sized so that programs average 27 participants, then `programs`
 * and `participations`. An artisan's slots map to distinct programs of its block
 * (`(o + j * STRIDE) % n`), so the key (program_id, artisan_id) is unique by construction.
 *
 *     await createPrograms(context) // Banten: about 2,000 programs, 50,000 participations
 */
export async function createPrograms(context: StepContext): Promise<void> {
  const kmax = context.config.maxProgramsPerArtisanYear;
  // The type is read from a column holding its uniform, so the CASE does not re-hash per branch.
  const typeWeights = programTypes.map((type) => programTypeWeights[type]);
  const typeIndex = weightedIndex(typeWeights, 'u_type');
  const stems = sqlNestedList(programTypes.map((type) => programStems[type]));
  const craftLabels = sqlList(
    craftCategories.map((category) => labels.craft_category[category].id),
  );
  const dayLow = sqlNumbers(programTypes.map((type) => programCosts[type].days[0]));
  const daySpan = sqlNumbers(
    programTypes.map((type) => programCosts[type].days[1] - programCosts[type].days[0] + 1),
  );
  const endFor = (t: string) =>
    addDays(
      'start',
      `${dayLow}[${t}] - 1 + ${uniformInt('program-days', `${daySpan}[${t}]`, 'p')}`,
    );
  // No program lasts longer than this, so only those starting this late can outrun the period.
  const longest = Math.max(...programTypes.map((type) => programCosts[type].days[1]));
  const costLow = sqlNumbers(programTypes.map((type) => programCosts[type].perHead[0]));
  const costHigh = sqlNumbers(programTypes.map((type) => programCosts[type].perHead[1]));
  await runAll(context, [
    // A regency-year whose leading craft has too few takers for programs of 15 gets open ones only.
    `CREATE OR REPLACE TEMP TABLE syn_block_map AS
     SELECT unit, y, spec, spec AND sum(picks) >= 15 * ${kmax} AS block_spec, sum(picks) AS picks
     FROM (${pickCounts}) GROUP BY unit, y, spec`,
    `CREATE OR REPLACE TEMP TABLE syn_block AS
     WITH counts AS (SELECT unit, y, block_spec AS spec, sum(picks) AS picks FROM syn_block_map GROUP BY unit, y, block_spec),
     sized AS (SELECT *, greatest(${kmax}, round(picks / ${MEAN_PROGRAM_SIZE}.0))::BIGINT AS n FROM counts)
     SELECT *, (sum(n) OVER (ORDER BY y, unit, spec) - n)::BIGINT AS base FROM sized`,
    `INSERT INTO programs (program_id, council_id, name, program_type, craft_category, start_date, end_date,
       target_region_code, target_participants, budget_idr)
     WITH rows AS (
       SELECT b.base + i AS p, b.y, b.spec, u.code AS unit_code, u.province, u.dominant
       FROM (SELECT *, unnest(range(n)) AS i FROM syn_block) b JOIN syn_unit u ON u.unit = b.unit),
     typed AS (SELECT *, ${uniform('program-type', 'p')} AS u_type FROM rows),
     drawn AS (
       SELECT *, ${typeIndex} AS t, ${uniform('program-council', 'p')} AS u_council,
         15 + ${uniformInt('program-target', '26', 'p')} AS target, ${programStart('p', 'y')} AS start
       FROM typed)
     SELECT ${ids.program('p')},
       -- A fifth of the programs in a regency are run by the provincial council.
       CASE WHEN u_council < 0.2 THEN ${ids.council('province')} ELSE ${ids.council('unit_code')} END,
       ${pickFrom(`${stems}[t]`, uniform('program-name', 'p'))} || CASE WHEN spec THEN ' ' || ${craftLabels}[dominant] ELSE '' END || ' ' || y::VARCHAR,
       ${sqlList(programTypes)}[t],
       CASE WHEN spec THEN ${sqlList(craftCategories)}[dominant] END,
       start,
       ${endFor('t')},
       CASE WHEN u_council < 0.06 THEN province ELSE unit_code END,
       target,
       (round(target * (${costLow}[t] + ${uniform('program-cost', 'p')} * (${costHigh}[t] - ${costLow}[t])) / 100000) * 100000)::BIGINT
     FROM drawn`,
    // Each regency-year's open block and, where there is one, its leading-craft block.
    `CREATE OR REPLACE TEMP TABLE syn_unit_year AS
     SELECT o.unit, o.y, o.base AS open_base, o.n AS open_n, s.base AS spec_base, s.n AS spec_n
     FROM syn_block o LEFT JOIN syn_block s ON s.unit = o.unit AND s.y = o.y AND s.spec
     WHERE NOT o.spec`,
    // Blocks are joined per artisan-year before expanding into slots, so the 10 million slots
    // need no join. Slots of one block share the offset o, so distinct j give distinct programs.
    `INSERT INTO participations (program_id, artisan_id, enrolled_on, completed, year)
     WITH reached AS (
       SELECT r.a, r.y, r.k, r.dom AND b.spec_n IS NOT NULL AS can_spec, b.open_base, b.open_n, b.spec_base, b.spec_n
       FROM syn_reach r JOIN syn_unit_year b ON b.unit = r.unit AND b.y = r.y),
     slots AS (
       SELECT a, y, j, spec, CASE WHEN spec THEN spec_base ELSE open_base END AS base, CASE WHEN spec THEN spec_n ELSE open_n END AS n
       FROM (SELECT *, can_spec AND j % 2 = 1 AS spec FROM (SELECT *, unnest(range(k)) AS j FROM reached))),
     slotted AS (
       SELECT a, y, base + (${uniformInt('program-offset', 'n', 'a', 'y', 'spec')} + j * ${STRIDE}) % n AS p FROM slots),
     -- One hash per row gives both the enrolment lead (its low digits) and completion (higher ones).
     drawn AS (SELECT p, a, y, ${seededHash('participation', 'p', 'a')} AS h, ${programStart('p', 'y')} AS start FROM slotted)
     SELECT ${ids.program('p')}, ${ids.artisan('a')},
       ${addDays('start', '-(h % 10)::BIGINT')},
       -- A program still running at the end of the data has no completions yet; only late starters
       -- can be, so the type and end are worked out for those rows alone.
       CASE WHEN start > make_date($to_year::INTEGER, 12, 31) - ${longest}
            THEN ${endFor(`(${weightedIndex(typeWeights, uniform('program-type', 'p'))})`)} <= make_date($to_year::INTEGER, 12, 31)
            ELSE true END
         AND (h // 16) % 100 < 86,
       y::INTEGER
     FROM drawn`,
  ]);
}
