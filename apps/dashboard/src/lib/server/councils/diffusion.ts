/**
 * `GET /api/diffusion?region=&year=`: the events behind the diffusion metric (metrics.md
 * section 6), practice by practice, for a timeline: every study visit in the period by a council
 * of the scope that showed the practice (who hosted, who visited, when), and every exposure
 * (visiting council and practice, at its earliest visit in the period) with its earliest adoption
 * (stage adopted or institutionalized, on or after that visit, no upper bound) and the lag in
 * days. Councils are public bodies and these are their own dated events, not counts of people,
 * so they are listed as they are.
 */
import { inRegionSql } from '@anyam/core';
import { metricOptions } from '../api.js';
import { getDataset } from '../dataset.js';
import { queryObject } from '../params.js';
import { cachedFor } from './cached-for.js';

export interface DiffusionVisit {
  visit_id: string;
  date: string;
  host: string;
  visitor: string;
}

export interface DiffusionExposure {
  council_id: string;
  first_visit: string;
  host: string;
  adopted_on: string | null;
  stage: string | null;
  lag_days: number | null;
}

export interface DiffusionPractice {
  practice_id: string;
  name: string;
  practice_category: string | null;
  origin_council_id: string | null;
  visits: DiffusionVisit[];
  exposures: DiffusionExposure[];
}

export interface DiffusionAnswer {
  region: string;
  from: string;
  to: string;
  councils: Record<string, { name: string; region_code: string }>;
  practices: DiffusionPractice[];
}

const str = (value: unknown): string | null => (value == null ? null : String(value));

export async function diffusionResponse(query: URLSearchParams): Promise<DiffusionAnswer> {
  const raw = queryObject(query, ['region', 'year', 'from', 'to', 'lang']);
  const handle = await getDataset();
  const { lang: _lang, ...period } = raw;
  const options = await metricOptions(handle, 'diffusion', period);
  return cachedFor(
    handle,
    `diffusion-events:${options.region}:${options.from}:${options.to}`,
    async () => {
      const params = { region: options.region, from: options.from, to: options.to };
      const shown = `SELECT v.visit_id, v.visit_date, v.host_council_id, v.visiting_council_id, unnest(list_distinct(v.practice_ids)) AS practice_id
      FROM study_visits v JOIN councils c ON c.council_id = v.visiting_council_id
      WHERE v.visit_date BETWEEN CAST($from AS DATE) AND CAST($to AS DATE) AND ${inRegionSql('c.region_code')}`;
      const visits = await handle.query(
        `SELECT visit_id, strftime(visit_date, '%Y-%m-%d') AS date, host_council_id AS host, visiting_council_id AS visitor, practice_id
       FROM (${shown}) ORDER BY practice_id, visit_date, visit_id`,
        params,
      );
      const exposures = await handle.query(
        `WITH shown AS (${shown}),
      exposures AS (
        SELECT visiting_council_id AS council_id, practice_id, min(visit_date) AS first_visit,
          arg_min(host_council_id, visit_date) AS host
        FROM shown GROUP BY 1, 2
      ),
      adopted AS (
        SELECT e.council_id, e.practice_id, min(a.adopted_on) AS adopted_on
        FROM exposures e JOIN adoptions a
          ON a.council_id = e.council_id AND a.practice_id = e.practice_id
          AND a.stage IN ('adopted', 'institutionalized') AND a.adopted_on >= e.first_visit
        GROUP BY 1, 2
      )
      SELECT e.council_id, e.practice_id, strftime(e.first_visit, '%Y-%m-%d') AS first_visit, e.host,
        strftime(d.adopted_on, '%Y-%m-%d') AS adopted_on,
        (SELECT max(a.stage) FROM adoptions a WHERE a.council_id = d.council_id AND a.practice_id = d.practice_id AND a.adopted_on = d.adopted_on
           AND a.stage IN ('adopted', 'institutionalized')) AS stage,
        CAST(d.adopted_on - e.first_visit AS INTEGER) AS lag_days
      FROM exposures e LEFT JOIN adopted d USING (council_id, practice_id)
      ORDER BY e.practice_id, e.first_visit, e.council_id`,
        params,
      );
      const practiceRows = await handle.query(
        'SELECT practice_id, name, practice_category, origin_council_id FROM practices ORDER BY practice_id',
      );
      const councilRows = await handle.query(
        'SELECT council_id, name, region_code FROM councils ORDER BY council_id',
      );
      const practices = new Map<string, DiffusionPractice>();
      const info = new Map(practiceRows.map((row) => [String(row.practice_id), row]));
      const entry = (id: string): DiffusionPractice => {
        let practice = practices.get(id);
        if (!practice) {
          const row = info.get(id);
          practice = {
            practice_id: id,
            name: str(row?.name) ?? id,
            practice_category: str(row?.practice_category),
            origin_council_id: str(row?.origin_council_id),
            visits: [],
            exposures: [],
          };
          practices.set(id, practice);
        }
        return practice;
      };
      for (const row of visits) {
        entry(String(row.practice_id)).visits.push({
          visit_id: String(row.visit_id),
          date: String(row.date),
          host: String(row.host),
          visitor: String(row.visitor),
        });
      }
      for (const row of exposures) {
        entry(String(row.practice_id)).exposures.push({
          council_id: String(row.council_id),
          first_visit: String(row.first_visit),
          host: String(row.host),
          adopted_on: str(row.adopted_on),
          stage: str(row.stage),
          lag_days: typeof row.lag_days === 'number' ? row.lag_days : null,
        });
      }
      const councils: DiffusionAnswer['councils'] = {};
      for (const row of councilRows)
        councils[String(row.council_id)] = {
          name: String(row.name),
          region_code: String(row.region_code),
        };
      return {
        region: options.region,
        from: options.from,
        to: options.to,
        councils,
        // The practices that travelled most first.
        practices: [...practices.values()].sort(
          (a, b) =>
            b.exposures.length - a.exposures.length || a.practice_id.localeCompare(b.practice_id),
        ),
      };
    },
  );
}
