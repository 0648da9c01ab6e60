// The hand-made dataset of the competitiveness and advice worked examples: every value the tests
// expect is derived by hand from these records in the tests' comments.
import type { Assessment, MetricInput, Product } from '@anyam/core';
import { emptyInput } from './engines.testkit.js';

/** An assessment with the five scores in the order design, craftsmanship, packaging, material, market readiness. */
export function assessment(
  product_id: string,
  assessed_on: string,
  scores: readonly [number, number, number, number, number],
): Assessment {
  const [design, craftsmanship, packaging, material, market_readiness] = scores;
  return {
    product_id,
    assessed_on,
    assessor_council_id: 'C36',
    design,
    craftsmanship,
    packaging,
    material,
    market_readiness,
  };
}

/** A product with the fields the PCI reads. */
export function product(
  product_id: string,
  enterprise_id: string,
  craft_category: Product['craft_category'],
  local_material_share: number,
  certifications: Product['certifications'],
  channels: Product['channels'],
): Product {
  return {
    product_id,
    enterprise_id,
    name: `Produk ${product_id}`,
    craft_category,
    unit_price_idr: 100_000,
    local_material_share,
    certifications,
    channels,
  };
}

/**
 * Banten with three regencies (36.04 empty), an enterprise coded exactly 36, one outside Banten.
 * X1 (36.01, batik): latest assessment by 2024-12-31 is 2024-06-01 (3,4,2,3,4), share 0.5,
 *   2 distinct certifications (halal twice), 2 channels.
 * X2 (36.03.05, woodcraft product of a plaited enterprise): assessed 2020 with all 5s, share 1,
 *   4 certifications (capped at 3), all 5 channels.
 * X3 (coded 36, batik): all 1s, share 0, nothing else.
 * X4 (36.01, batik): never assessed. X5 (36.01, batik): assessed only after `to`.
 * X9 (region 32): outside the scope.
 */
export function competitivenessFixture(): MetricInput {
  return emptyInput({
    regions: [
      { code: '36', name: 'Banten', level: 'province', parent_code: null },
      { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
      { code: '36.03', name: 'Kabupaten Tangerang', level: 'regency', parent_code: '36' },
      { code: '36.04', name: 'Kabupaten Serang', level: 'regency', parent_code: '36' },
      { code: '32', name: 'Jawa Barat', level: 'province', parent_code: null },
    ],
    enterprises: (
      [
        ['E1', '36.01', 'batik'],
        ['E2', '36.03.05', 'plaited'],
        ['E3', '36', 'batik'],
        ['E9', '32', 'batik'],
      ] as const
    ).map(([enterprise_id, region_code, craft_category]) => ({
      enterprise_id,
      region_code,
      name: `Usaha ${enterprise_id}`,
      craft_category,
      size_class: 'micro',
      owner_gender: 'F',
      founded_year: 2015,
      registered_on: '2030-01-01',
    })),
    products: [
      product('X1', 'E1', 'batik', 0.5, ['halal', 'halal', 'sni'], ['local', 'export']),
      product(
        'X2',
        'E2',
        'woodcraft',
        1,
        ['sni', 'halal', 'trademark', 'geographical_indication'],
        ['local', 'regional', 'national', 'export', 'ecommerce'],
      ),
      product('X3', 'E3', 'batik', 0, [], []),
      product('X4', 'E1', 'batik', 0.9, ['sni'], ['local']),
      product('X5', 'E1', 'batik', 0.9, ['sni'], ['local']),
      product('X9', 'E9', 'batik', 1, [], []),
    ],
    assessments: [
      assessment('X1', '2023-05-01', [5, 5, 5, 5, 5]),
      assessment('X1', '2024-06-01', [3, 4, 2, 3, 4]),
      assessment('X1', '2025-01-10', [1, 1, 1, 1, 1]),
      assessment('X2', '2020-01-01', [5, 5, 5, 5, 5]),
      assessment('X3', '2024-03-01', [1, 1, 1, 1, 1]),
      assessment('X5', '2025-02-01', [5, 5, 5, 5, 5]),
      assessment('X9', '2024-03-01', [5, 5, 5, 5, 5]),
    ],
  });
}
