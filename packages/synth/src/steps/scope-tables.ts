import { scopeRegions, scopeUnits } from '../scope.js';
import { clamp, normal, uniform } from '../sql.js';
import { ids, runAll, type StepContext } from './context.js';

const unitStructure = JSON.stringify([
  {
    unit: 'INTEGER',
    code: 'VARCHAR',
    name: 'VARCHAR',
    province: 'VARCHAR',
    province_name: 'VARCHAR',
    districts: ['VARCHAR'],
    craft_cum: ['DOUBLE'],
    dominant: 'INTEGER',
    fixed_enterprises: 'INTEGER',
  },
]);

/**
 * Creates `regions` (the scope's reference rows) and the working tables of regencies
 * (`syn_unit`), provinces (`syn_province`) and councils (`syn_council`), then `councils`:
 * a province council per province and one per regency or city, all coded at their own region.
 *
 *     await createScopeTables(context) // Banten: 155 districts + 8 regencies + 1 province; 9 councils
 */
export async function createScopeTables(context: StepContext): Promise<void> {
  const regions = scopeRegions(context.config);
  const units = scopeUnits(context.config);
  const params = {
    ...context.params,
    regions: JSON.stringify(regions),
    units: JSON.stringify(units),
    mean_ent: context.config.meanEnterprisesPerRegency,
  };
  await runAll({ ...context, params }, [
    'CREATE OR REPLACE TABLE regions (code VARCHAR, name VARCHAR, level VARCHAR, parent_code VARCHAR)',
    `INSERT INTO regions SELECT code, name, level, parent_code FROM (SELECT unnest(from_json($regions::JSON, '[{"code":"VARCHAR","name":"VARCHAR","level":"VARCHAR","parent_code":"VARCHAR"}]'), recursive := true)) ORDER BY code`,
    `CREATE OR REPLACE TEMP TABLE syn_unit AS
     WITH source AS (SELECT unnest(s) FROM (SELECT unnest(from_json($units::JSON, '${unitStructure}')) AS s)),
     sized AS (
       SELECT *,
         CASE WHEN fixed_enterprises > 0 THEN fixed_enterprises
              ELSE round($mean_ent * (0.55 + 0.9 * ${uniform('unit-size', 'unit')}))::BIGINT END AS n_ent,
         -- Kabupaten Tangerang's products are planted as the strongest; elsewhere a mild regional spread.
         CASE WHEN code = '36.03' THEN 0.9 ELSE ${clamp(`0.25 * ${normal('unit-quality', 'unit')}`, '-0.5', '0.5')} END AS uq
       FROM source)
     SELECT *, (sum(n_ent) OVER (ORDER BY unit) - n_ent)::BIGINT AS ent_start, len(districts)::BIGINT AS n_districts,
       -- Scalar copies of the cumulative craft weights: per-enterprise rows must not carry lists.
       ${[1, 2, 3, 4, 5, 6, 7, 8].map((i) => `craft_cum[${i}] AS c${i}`).join(', ')}
     FROM sized`,
    `CREATE OR REPLACE TEMP TABLE syn_district AS
     SELECT unit, (generate_subscripts(districts, 1) - 1)::BIGINT AS k, unnest(districts) AS code FROM syn_unit`,
    `CREATE OR REPLACE TEMP TABLE syn_province AS
     SELECT province, min(province_name) AS name, min(ent_start) AS ent_start, sum(n_ent)::BIGINT AS ent_n,
       -- The provincial fairs are held in the capital: Kota Serang for Banten, else the first city.
       CASE WHEN province = '36' THEN '36.73'
            ELSE coalesce(min(code) FILTER (WHERE name LIKE 'Kota %'), min(code)) END AS capital
     FROM syn_unit GROUP BY province`,
    `CREATE OR REPLACE TEMP TABLE syn_council AS
     WITH c AS (
       SELECT province AS code, province, NULL::INTEGER AS unit, 'Provinsi ' || name AS region_name FROM syn_province
       UNION ALL SELECT code, province, unit, name FROM syn_unit)
     SELECT (row_number() OVER (ORDER BY code) - 1)::BIGINT AS idx, ${ids.council('code')} AS council_id, code, province,
       unit, region_name, 'Dekranasda ' || region_name AS name, unit IS NULL AS is_province
     FROM c`,
    `CREATE OR REPLACE TEMP TABLE syn_council_block AS
     SELECT province, min(idx) AS c_start, count(*)::BIGINT AS c_n FROM syn_council GROUP BY province`,
    `INSERT INTO councils (council_id, region_code, name) SELECT council_id, code, name FROM syn_council ORDER BY idx`,
  ]);
}
