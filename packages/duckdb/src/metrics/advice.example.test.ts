import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  advice,
  adviceMetric,
  MetricOptionsError,
  type Assessment,
  type MetricInput,
  type MetricOptions,
  type MetricRow,
  type Product,
} from '@anyam/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessment, product } from './competitiveness-fixture.testkit.js';
import { emptyInput, expectSameRows, runSql } from './engines.testkit.js';

// Products by region (all assessed 2024-01-15 unless said):
// 36.01 (the advised council C3601): 2 products, scores (2,2,2,3,2), share 0.5, 2 certifications,
//   3 channels: quality 3/12 = 25, materials 50, market (5+12)/40 = 42.5, compliance 66.7 → weakest: quality.
// 36.02 (C3602): 20 products (4,4,4,3,3), no certification: quality 75, compliance 0.
// 36.03 (C3603): 20 products (4,4,4,3,3), 1 certification: quality 75, compliance 33.3; plus one unassessed.
// 36.04 (C3604): 19 products (5,5,5,5,5) with 3 certifications, and one assessed only in 2025:
//   19 < 20, so not a candidate.
// 36 (C36, the province council): every product, 61 assessed: quality (2·3 + 40·9 + 19·12)/(12·61) = 594/732.
// 36.05 (C3605): no products at all.
function fixture(): MetricInput {
  const products: Product[] = [];
  const assessments: Assessment[] = [];
  const add = (
    region: string,
    count: number,
    scores: readonly [number, number, number, number, number],
    certifications: Product['certifications'],
    on = '2024-01-15',
  ): void => {
    for (let i = 0; i < count; i += 1) {
      const id = `X${region}-${on}-${i}`;
      products.push(
        product(id, `E${region}`, 'batik', 0.5, certifications, ['local', 'regional', 'national']),
      );
      assessments.push(assessment(id, on, scores));
    }
  };
  add('36.01', 2, [2, 2, 2, 3, 2], ['sni', 'halal']);
  add('36.02', 20, [4, 4, 4, 3, 3], []);
  add('36.03', 20, [4, 4, 4, 3, 3], ['sni']);
  products.push(product('X-unassessed', 'E36.03', 'batik', 1, [], []));
  add('36.04', 19, [5, 5, 5, 5, 5], ['sni', 'halal', 'trademark']);
  add('36.04', 1, [5, 5, 5, 5, 5], ['sni', 'halal', 'trademark'], '2025-03-01');
  const visit = (
    visit_id: string,
    visiting: string,
    host: string,
    date: string,
    practice_ids: string[],
  ) => ({
    visit_id,
    visiting_council_id: visiting,
    host_council_id: host,
    visit_date: date,
    delegation_size: 4,
    practice_ids,
  });
  const adoption = (
    council_id: string,
    practice_id: string,
    adopted_on: string,
    stage: 'planned' | 'piloted' | 'adopted' | 'institutionalized',
  ) => ({
    council_id,
    practice_id,
    adopted_on,
    source_visit_id: null,
    stage,
  });
  return emptyInput({
    regions: [
      { code: '36', name: 'Banten', level: 'province', parent_code: null },
      ...['Pandeglang', 'Lebak', 'Tangerang', 'Serang', 'Baru'].map((name, i) => ({
        code: `36.0${i + 1}`,
        name: `Kabupaten ${name}`,
        level: 'regency' as const,
        parent_code: '36',
      })),
    ],
    councils: ['36', '36.01', '36.02', '36.03', '36.04', '36.05'].map((code) => ({
      council_id: `C${code.replace('.', '')}`,
      region_code: code,
      name: `Dekranasda ${code}`,
    })),
    enterprises: ['36.01', '36.02', '36.03', '36.04'].map((code) => ({
      enterprise_id: `E${code}`,
      region_code: code,
      name: `Usaha ${code}`,
      craft_category: 'batik' as const,
      size_class: 'micro' as const,
      owner_gender: 'F' as const,
      founded_year: 2000,
      registered_on: '2020-01-01',
    })),
    products,
    assessments,
    study_visits: [
      visit('V1', 'C3601', 'C3603', '2023-03-01', ['PR1', 'PR2']),
      visit('V2', 'C3604', 'C3603', '2024-05-01', ['PR1', 'PR1']),
      visit('V3', 'C3601', 'C3603', '2024-06-01', ['PR1']), // the pair (C3601, PR1) counts at V1
      visit('V4', 'C3602', 'C3603', '2025-02-01', ['PR3']), // after `to`
      visit('V5', 'C3603', 'C3603', '2024-01-01', ['PR3']), // a self-visit never counts
      visit('V6', 'C3601', 'C36', '2024-02-01', []),
    ],
    adoptions: [
      adoption('C3601', 'PR1', '2023-02-01', 'adopted'), // before the visit
      adoption('C3601', 'PR1', '2023-05-01', 'piloted'), // not adopted yet
      adoption('C3601', 'PR1', '2025-07-01', 'institutionalized'), // after `to`: still counts
      adoption('C3604', 'PR1', '2024-05-01', 'adopted'), // on the visit's day
    ],
  });
}

const options: MetricOptions = {
  region: '36',
  from: '2024-01-01',
  to: '2024-12-31',
  council: 'C3601',
};
const counts = adviceMetric.suppression.counts;
const province = (100 * 594) / 732; // 81.15

let instance: DuckDBInstance;
let connection: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
});
afterAll(() => connection.closeSync());

async function both(opts: MetricOptions, expected: MetricRow[]): Promise<void> {
  const ts = advice(fixture(), opts);
  const sql = await runSql(connection, adviceMetric, fixture(), opts);
  expectSameRows(ts, expected, [...counts, 'rank', 'reasons']);
  expectSameRows(sql, expected, [...counts, 'rank', 'reasons']);
}

describe('advice worked example', () => {
  it("ranks candidates on the advised council's weakest dimension, with reasons in Indonesian", async () => {
    // C3603 hosted V1, V2, V3 (3 visits; PR1 and PR2 shown); pairs (C3601,PR1) adopted 2025,
    // (C3601,PR2) never, (C3604,PR1) adopted the same day: 2/3. C3603 and C3602 tie at 75 on
    // quality; C3603's adoption rate breaks the tie.
    await both(options, [
      {
        council_id: 'C36',
        rank: 1,
        dimension_score: province,
        gap: province - 25,
        products_assessed: 61,
        visits_hosted: 1,
        practices_shown: 0,
        adoption_rate: null,
        reasons: ['Produk Banten unggul 56 poin pada kualitas', 'sudah 1 kali menerima studi tiru'],
      },
      {
        council_id: 'C3603',
        rank: 2,
        dimension_score: 75,
        gap: 50,
        products_assessed: 20,
        visits_hosted: 3,
        practices_shown: 2,
        adoption_rate: 2 / 3,
        reasons: [
          'Produk Kab. Tangerang unggul 50 poin pada kualitas',
          'sudah 3 kali menerima studi tiru',
          '67% praktik yang diperlihatkan diadopsi',
        ],
      },
      {
        council_id: 'C3602',
        rank: 3,
        dimension_score: 75,
        gap: 50,
        products_assessed: 20,
        visits_hosted: 0,
        practices_shown: 0,
        adoption_rate: null,
        reasons: [
          'Produk Kab. Lebak unggul 50 poin pada kualitas',
          'belum pernah menerima studi tiru',
        ],
      },
    ]);
  });

  it('takes a chosen dimension and writes English', async () => {
    // Compliance: C3601 2/3 → 66.67; province (2·2 + 20·1 + 19·3)/(3·61) = 81/183; C3603 1/3; C3602 0.
    const own = 200 / 3;
    await both({ ...options, dimension: 'compliance', lang: 'en' }, [
      {
        council_id: 'C36',
        rank: 1,
        dimension_score: 8100 / 183,
        gap: 8100 / 183 - own,
        products_assessed: 61,
        visits_hosted: 1,
        practices_shown: 0,
        adoption_rate: null,
        reasons: [
          'Products of Banten trail by 22 points on compliance',
          'has hosted 1 study visit',
        ],
      },
      {
        council_id: 'C3603',
        rank: 2,
        dimension_score: 100 / 3,
        gap: 100 / 3 - own,
        products_assessed: 20,
        visits_hosted: 3,
        practices_shown: 2,
        adoption_rate: 2 / 3,
        reasons: [
          'Products of Kab. Tangerang trail by 33 points on compliance',
          'has hosted 3 study visits',
          '67% of the practices shown were adopted',
        ],
      },
      {
        council_id: 'C3602',
        rank: 3,
        dimension_score: 0,
        gap: -own,
        products_assessed: 20,
        visits_hosted: 0,
        practices_shown: 0,
        adoption_rate: null,
        reasons: [
          'Products of Kab. Lebak trail by 67 points on compliance',
          'has not hosted a study visit yet',
        ],
      },
    ]);
  });

  it('gives a null gap for a council without assessed products (quality by default)', async () => {
    const rows = advice(fixture(), { ...options, council: 'C3605' });
    expect(rows.map((row) => row.council_id)).toEqual(['C36', 'C3603', 'C3602']);
    expect(rows[0]).toMatchObject({
      gap: null,
      reasons: ['Skor kualitas produk Banten 81 dari 100', 'sudah 1 kali menerima studi tiru'],
    });
    expectSameRows(
      await runSql(connection, adviceMetric, fixture(), { ...options, council: 'C3605' }),
      rows,
      [...counts, 'rank', 'reasons'],
    );
  });

  it('refuses an unknown council with one sentence in both engines', async () => {
    const message = /Unknown council "CX": advice needs --council/;
    expect(() => advice(fixture(), { ...options, council: 'CX' })).toThrow(message);
    await expect(
      runSql(connection, adviceMetric, fixture(), { ...options, council: 'CX' }),
    ).rejects.toThrow(message);
    // A typed error, so that the CLI and the HTTP API treat it as a bad request.
    await expect(
      runSql(connection, adviceMetric, fixture(), { ...options, council: 'CX' }),
    ).rejects.toBeInstanceOf(MetricOptionsError);
    expect(() => adviceMetric.sql({ ...options, council: undefined })).toThrow(
      /advice needs --council/,
    );
  });
});
