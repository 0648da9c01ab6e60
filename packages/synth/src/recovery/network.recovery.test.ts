// Recovery: on the Banten demo dataset, the collaboration network finds what `generate` planted
// (plantedEffects.strongestRegion: Dekranasda Kabupaten Tangerang, 36.03, hosts the most study
// visits), and its two engines (TypeScript; SQL then finish) agree on every row.
import { networkMetric, type MetricOptions, type MetricRow } from '@anyam/core';
import { describe, expect, it } from 'vitest';
import { plantedEffects } from '../index.js';
import { expectAgree, useBanten } from './banten.testkit.js';

const { councilId: tangerangCouncil } = plantedEffects.strongestRegion;

// The tables the network reads, as records.
const banten = useBanten(async (rows) => ({
  councils: await rows('SELECT * FROM councils'),
  study_visits: await rows('SELECT * FROM study_visits'),
  exhibitions: await rows('SELECT * FROM exhibitions'),
  regions: await rows('SELECT * FROM regions'),
}));

describe('network recovers the most visited council', () => {
  it('finds Kabupaten Tangerang hosting the most visits over 2021–2025, in both engines', async () => {
    const options: MetricOptions = { region: '36', from: '2021-01-01', to: '2025-12-31' };
    const ts = networkMetric.compute(banten().input, options);
    expectAgree(ts, await banten().sqlRows(networkMetric, options));
    const councils = ts.filter((row) => row.council_id !== 'all');
    // Banten: the province council and its eight regency and city councils.
    expect(councils).toHaveLength(9);
    const hosted = (row: MetricRow) => row.visits_hosted as number;
    const top = [...councils].sort((a, b) => hosted(b) - hosted(a));
    expect(top[0]?.council_id).toBe(tangerangCouncil);
    expect(hosted(top[0] as MetricRow)).toBeGreaterThan(hosted(top[1] as MetricRow));
    // The graph row closes the list: Banten councils and the partners they met elsewhere.
    const graph = ts.at(-1) as MetricRow;
    expect(graph.council_id).toBe('all');
    expect(graph.nodes as number).toBeGreaterThanOrEqual(9);
    expect(graph.density as number).toBeGreaterThan(0);
    expect(graph.density as number).toBeLessThanOrEqual(1);
  });

  it('agrees across engines year by year and for one regency', async () => {
    for (const options of [
      { region: '36', from: '2024-01-01', to: '2024-12-31' },
      { region: '36.01', from: '2022-01-01', to: '2023-06-30' },
    ]) {
      const ts = networkMetric.compute(banten().input, options);
      expect(ts.length).toBeGreaterThan(1);
      expectAgree(ts, await banten().sqlRows(networkMetric, options));
    }
  });
});
