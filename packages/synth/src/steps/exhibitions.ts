import { addDays, pickFrom, uniform, uniformInt } from '../sql.js';
import { typicalPrices } from './outcomes.js';
import { STRIDE, ids, runAll, type StepContext } from './context.js';

/**
 * Creates `exhibitions` and `exhibitors` on a seasonal calendar, each year:
 * - Inacraft (national, late April, JICC Jakarta `31.71`) and Trade Expo Indonesia
 *   (international, October, ICE BSD in Pagedangan `36.03.22`), exhibitors from the whole scope;
 * - per province, the HUT RI fair in August (joint: the province council with two or three of its
 *   regency councils) and the province's anniversary expo in October, held in the capital;
 * - per regency, a local craft bazaar in one of its districts, a quarter of them joint with the
 *   province council.
 * Exhibitors of a fair are distinct enterprises of its pool (scope, province or regency).
 *
 *     await createExhibitions(context) // Banten: 60 exhibitions, ~2,300 exhibitors
 */
export async function createExhibitions(context: StepContext): Promise<void> {
  const params = { ...context.params, fair_exhibitors: context.config.nationalFairExhibitors };
  await runAll({ ...context, params }, [
    `CREATE OR REPLACE TEMP TABLE syn_exh AS
     WITH years AS (SELECT y::INTEGER AS y FROM range($from_year::INTEGER, $to_year::INTEGER + 1) AS r(y)),
     lead AS (SELECT min(province) AS province, sum(ent_n) AS ent_n FROM syn_province),
     national AS (
       SELECT 1 AS kind, y, '0' AS k, 'Inacraft ' || y::VARCHAR AS name,
         ${addDays('make_date(y, 4, 20)', uniformInt('inacraft-day', '8', 'y'))} AS start_date, 5 AS days,
         '31.71' AS region_code, 'national' AS scale,
         [${ids.council("CASE WHEN EXISTS (SELECT 1 FROM syn_province WHERE province = '31') THEN '31' ELSE l.province END")}] AS organizers,
         0::BIGINT AS pool_start, l.ent_n AS pool_n, $fair_exhibitors::BIGINT AS n_exh
       FROM years, lead l
       UNION ALL
       SELECT 2, y, '0', 'Trade Expo Indonesia ' || y::VARCHAR,
         ${addDays('make_date(y, 10, 15)', uniformInt('tei-day', '7', 'y'))}, 5, '36.03.22', 'international',
         [${ids.council("'36'")}], 0::BIGINT, l.ent_n, ($fair_exhibitors / 2)::BIGINT
       FROM years, lead l),
     provincial AS (
       SELECT 3 AS kind, y, p.province AS k,
         'Pameran Kerajinan HUT RI ke-' || (y - 1945)::VARCHAR || ' Provinsi ' || p.name AS name,
         ${addDays('make_date(y, 8, 10)', uniformInt('hut-ri-day', '6', 'y', 'p.province'))} AS start_date, 5 AS days,
         p.capital AS region_code, 'provincial' AS scale,
         (SELECT list(c.council_id ORDER BY c.idx) FROM syn_council c
           WHERE c.province = p.province
             AND (c.is_province OR ${uniform('hut-ri-organizer', 'y', 'c.idx')} < 3.0 / greatest(3, b.c_n - 1))) AS organizers,
         p.ent_start AS pool_start, p.ent_n AS pool_n, least(p.ent_n, 40 + ${uniformInt('hut-ri-size', '41', 'y', 'p.province')}) AS n_exh
       FROM years CROSS JOIN syn_province p JOIN syn_council_block b ON b.province = p.province
       UNION ALL
       SELECT 4, y, p.province,
         CASE WHEN p.province = '36' THEN 'Banten Expo ' ELSE 'Pameran Hari Jadi Provinsi ' || p.name || ' ' END || y::VARCHAR,
         ${addDays('make_date(y, 10, 1)', uniformInt('expo-day', '10', 'y', 'p.province'))}, 4, p.capital, 'provincial',
         [${ids.council('p.province')}], p.ent_start, p.ent_n, least(p.ent_n, 30 + ${uniformInt('expo-size', '31', 'y', 'p.province')})
       FROM years CROSS JOIN syn_province p),
     local AS (
       SELECT 5 AS kind, y, u.code AS k, 'Bazar Kriya ' || u.name || ' ' || y::VARCHAR AS name,
         ${addDays('make_date(y, 1, 1)', `20 + ${uniformInt('bazaar-day', '310', 'y', 'u.unit')}`)} AS start_date, 3 AS days,
         ${pickFrom('u.districts', uniform('bazaar-district', 'y', 'u.unit'))} AS region_code, 'local' AS scale,
         CASE WHEN ${uniform('bazaar-joint', 'y', 'u.unit')} < 0.25 THEN [${ids.council('u.code')}, ${ids.council('u.province')}]
              ELSE [${ids.council('u.code')}] END AS organizers,
         u.ent_start AS pool_start, u.n_ent AS pool_n, least(u.n_ent, 15 + ${uniformInt('bazaar-size', '26', 'y', 'u.unit')}) AS n_exh
       FROM years CROSS JOIN syn_unit u),
     every AS (SELECT * FROM national UNION ALL SELECT * FROM provincial UNION ALL SELECT * FROM local)
     SELECT row_number() OVER (ORDER BY y, kind, k) - 1 AS xn, * FROM every`,
    `INSERT INTO exhibitions (exhibition_id, name, start_date, end_date, region_code, scale, organizer_council_ids)
     SELECT ${ids.exhibition('xn')}, name, start_date, ${addDays('start_date', 'days - 1')}, region_code, scale, organizers
     FROM syn_exh`,
    `INSERT INTO exhibitors (exhibition_id, enterprise_id, sales_idr, transactions, buyer_leads)
     WITH slots AS (
       SELECT xn, scale, pool_start + (${uniformInt('exhibitor-offset', 'pool_n', 'xn')} + j * ${STRIDE}) % pool_n AS e
       FROM (SELECT *, unnest(range(n_exh)) AS j FROM syn_exh)),
     drawn AS (
       SELECT s.*, x.cat,
         (CASE s.scale WHEN 'local' THEN 2 + ${uniformInt('transactions', '24', 's.xn', 's.e')}
                       WHEN 'provincial' THEN 5 + ${uniformInt('transactions', '36', 's.xn', 's.e')}
                       WHEN 'national' THEN 10 + ${uniformInt('transactions', '71', 's.xn', 's.e')}
                       ELSE 5 + ${uniformInt('transactions', '36', 's.xn', 's.e')} END)::INTEGER AS transactions
       FROM slots s JOIN syn_ent x ON x.e = s.e)
     SELECT ${ids.exhibition('xn')}, ${ids.enterprise('e')},
       -- International buyers order in bulk: three times the retail ticket.
       (round(transactions * ${typicalPrices}[cat] * (0.6 + 0.8 * ${uniform('ticket', 'xn', 'e')})
              * CASE WHEN scale = 'international' THEN 3 ELSE 1 END / 1000) * 1000)::BIGINT,
       transactions,
       (CASE scale WHEN 'local' THEN ${uniformInt('leads', '4', 'xn', 'e')}
                   WHEN 'provincial' THEN ${uniformInt('leads', '7', 'xn', 'e')}
                   WHEN 'national' THEN 2 + ${uniformInt('leads', '14', 'xn', 'e')}
                   ELSE 3 + ${uniformInt('leads', '23', 'xn', 'e')} END)::INTEGER
     FROM drawn`,
  ]);
}
