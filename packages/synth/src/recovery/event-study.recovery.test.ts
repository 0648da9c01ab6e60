// Recovery: on the Banten demo dataset, the event study finds the coaching effect `generate`
// planted (plantedEffects.coachingRevenue: revenue x1.04 in the year of the first participation,
// x1.12 the year after, x1.16 from then on, nothing before), passes its pre-trend check, and its
// two engines agree.
import {
  defaultYears,
  eventStudyMetric,
  resolvePeriod,
  type MetricOptions,
  type MetricRow,
} from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const banten = useBanten(async (rows) => ({
  enterprises: await rows('SELECT * FROM enterprises'),
  artisans: await rows(
    'SELECT artisan_id, enterprise_id, gender, birth_year, registered_on FROM artisans',
  ),
  participations: await rows('SELECT * EXCLUDE (year) FROM participations'),
  outcomes: await rows(
    'SELECT * REPLACE (CAST(revenue_idr AS DOUBLE) AS revenue_idr) FROM outcomes',
  ),
  regions: await rows('SELECT * FROM regions'),
}));

const at = (rows: readonly MetricRow[], eventTime: string): MetricRow =>
  rows.find((row) => row.event_time === eventTime) as MetricRow;

const truth = plantedEffects.coachingRevenue.byYearsSince;
/** The planted log effect at event time e (the last step lasts), 0 before coaching. */
const plantedLog = (e: number): number =>
  e < 0 ? 0 : Math.log(truth[Math.min(e, truth.length - 1)] as number);

describe('event_study recovers the planted coaching effect', () => {
  const options = (): MetricOptions => ({
    region: '36',
    ...resolvePeriod({}, defaultYears(banten().input, 'event_study')),
  });

  it('puts 4%, 12%, 16% and 16% inside the 95% intervals at e = 0..3, in both engines', async () => {
    const ts = eventStudyMetric.compute(banten().input, options());
    expectAgree(ts, await banten().sqlRows(eventStudyMetric, options()));
    for (const e of [0, 1, 2, 3]) {
      const row = at(ts, String(e));
      const planted = 100 * (Math.exp(plantedLog(e)) - 1);
      expect(row.treated_n as number).toBeGreaterThan(300);
      expect(row.ci_low_pct as number).toBeLessThanOrEqual(planted);
      expect(row.ci_high_pct as number).toBeGreaterThanOrEqual(planted);
      // A real effect, not a null one: every post interval lies above 0.
      expect(row.ci_low_pct as number).toBeGreaterThan(0);
    }
    // The effect builds: e = 0 < e = 1 < e = 2.
    expect(at(ts, '0').att as number).toBeLessThan(at(ts, '1').att as number);
    expect(at(ts, '1').att as number).toBeLessThan(at(ts, '2').att as number);
  });

  it('passes the pre-trend check: nothing was planted before coaching', async () => {
    const ts = eventStudyMetric.compute(banten().input, options());
    for (const e of ['-3', '-2']) {
      const row = at(ts, e);
      expect(row.ci_low_pct as number).toBeLessThanOrEqual(0);
      expect(row.ci_high_pct as number).toBeGreaterThanOrEqual(0);
    }
    const pre = at(ts, 'pre');
    expect(pre.df).toBe(2);
    expect(pre.p_value as number).toBeGreaterThan(0.05);
  });

  it('averages the post event times around the planted mean', async () => {
    const ts = eventStudyMetric.compute(banten().input, options());
    const post = at(ts, 'post');
    expect(post.event_times).toBe(4);
    const planted = [0, 1, 2, 3].reduce((sum, e) => sum + plantedLog(e), 0) / 4;
    const se = post.se as number;
    expect(Math.abs((post.att as number) - planted)).toBeLessThan(1.96 * se);
  });

  it('finds a smaller, positive effect on employees from the year after coaching', async () => {
    const employees = eventStudyMetric.compute(banten().input, {
      ...options(),
      outcome: 'employees',
    });
    expectAgree(
      employees,
      await banten().sqlRows(eventStudyMetric, { ...options(), outcome: 'employees' }),
    );
    const revenue = eventStudyMetric.compute(banten().input, options());
    for (const e of ['1', '2']) {
      expect(at(employees, e).ci_low_pct as number).toBeGreaterThan(0);
      expect(at(employees, e).att as number).toBeLessThan(at(revenue, e).att as number);
    }
    // Nothing in the year of coaching or before.
    for (const e of ['-3', '-2', '0']) {
      expect(at(employees, e).ci_low_pct as number).toBeLessThanOrEqual(0);
      expect(at(employees, e).ci_high_pct as number).toBeGreaterThanOrEqual(0);
    }
  });
});
