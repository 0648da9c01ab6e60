import { craftCategories } from '@anyam/core';
import {
  localMaterialByCategory,
  priceRangeByCategory,
  productDescriptors,
  productNouns,
} from '../catalog.js';
import { clamp, normal, pickFrom, sqlList, sqlNestedList, sqlNumbers, uniform } from '../sql.js';
import { plantedEffects } from '../planted-effects.js';
import { ids, runAll, type StepContext } from './context.js';

/** The assessment column each score draw (named by its salt) fills. */
const scoreColumn: Record<string, string> = {
  design: 'design',
  craftsmanship: 'craftsmanship',
  material: 'material',
  packaging: 'packaging',
  market: 'market_readiness',
};

const priceLow = sqlNumbers(craftCategories.map((category) => priceRangeByCategory[category][0]));
const priceHigh = sqlNumbers(craftCategories.map((category) => priceRangeByCategory[category][1]));
const localShare = sqlNumbers(craftCategories.map((category) => localMaterialByCategory[category]));
/** Share of assessed products per year: curation days do not reach every product every year. */
const ASSESSED_PER_YEAR = 0.45;

function flag(condition: string, value: string): string {
  return `CASE WHEN ${condition} THEN ['${value}'] ELSE []::VARCHAR[] END`;
}

/**
 * Creates `syn_prod`, `products` and `assessments`. A product's strength is its enterprise's
 * quality plus its own and its regency's (`uq`, planted highest in Kabupaten Tangerang); scores,
 * local material, certifications and channels all rise with it, so PCI ranks Kabupaten
 * Tangerang first. Each product is assessed in a year with probability 0.45, at most once a year,
 * by its regency's council (or the province's), scores creeping up 0.08 a year, plus the planted
 * visit effect (`syn_pci_boost`: a point on the score an adopted practice raises).
 *
 *     await createProducts(context) // Banten: about 4,600 products, 9,000 assessments
 */
export async function createProducts(context: StepContext): Promise<void> {
  // A planted visit effect adds its point after rounding, so that it is one whole score point.
  const boostedScores = new Set<string>(
    Object.values(plantedEffects.visitPciBoost.scoreByCategory),
  );
  const boostOf = (dimension: string) => {
    const column = scoreColumn[dimension] as string;
    return boostedScores.has(column)
      ? ` + CASE WHEN b.${column}_boost THEN ${plantedEffects.visitPciBoost.points} ELSE 0 END`
      : '';
  };
  const score = (dimension: string) =>
    `${clamp(`round(3 + 0.75 * strength + 0.55 * ${normal(`score-${dimension}`, 'n', 'y')} + 0.08 * (y - $from_year::INTEGER))${boostOf(dimension)}`, '1', '5')}::INTEGER`;
  await runAll(context, [
    `CREATE OR REPLACE TEMP TABLE syn_prod AS
     SELECT n, e, unit_code, province, cat, year(registered_on) AS registered_year, uq,
       eq + 0.5 * ${normal('product-quality', 'n')} + uq AS strength
     FROM (SELECT *, prod_off + j AS n FROM (SELECT *, unnest(range(n_prod)) AS j FROM syn_ent))`,
    `INSERT INTO products (product_id, enterprise_id, name, craft_category, unit_price_idr, local_material_share, certifications, channels)
     WITH drawn AS (
       SELECT *, exp(ln(${priceLow}[cat]) + ${uniform('price', 'n')} * ln(${priceHigh}[cat] / ${priceLow}[cat])) AS price,
         ${clamp(`0.3 + 0.12 * strength`, '0.02', '0.6')} AS reach_up
       FROM syn_prod),
     listed AS (
       SELECT *,
         list_concat(list_concat(list_concat(
           ${flag(`${uniform('cert-sni', 'n')} < 0.3 * reach_up`, 'sni')},
           ${flag(`${uniform('cert-halal', 'n')} < CASE WHEN cat = 7 THEN 0.25 ELSE 0.04 END`, 'halal')}),
           ${flag(`${uniform('cert-trademark', 'n')} < reach_up`, 'trademark')}),
           ${flag(`cat IN (1, 2) AND ${uniform('cert-gi', 'n')} < 0.1`, 'geographical_indication')}) AS certs,
         list_concat(list_concat(list_concat(list_concat(
           ${flag(`${uniform('channel-local', 'n')} < 0.92`, 'local')},
           ${flag(`${uniform('channel-regional', 'n')} < 0.35 + reach_up`, 'regional')}),
           ${flag(`${uniform('channel-national', 'n')} < 0.1 + reach_up / 2`, 'national')}),
           ${flag(`${uniform('channel-export', 'n')} < reach_up / 6`, 'export')}),
           ${flag(`${uniform('channel-ecommerce', 'n')} < 0.2 + reach_up`, 'ecommerce')}) AS chans
       FROM drawn)
     SELECT ${ids.product('n')}, ${ids.enterprise('e')},
       ${pickFrom(`${sqlNestedList(craftCategories.map((category) => productNouns[category]))}[cat]`, uniform('product-noun', 'n'))}
         || ' ' || ${pickFrom(`${sqlNestedList(craftCategories.map((category) => productDescriptors[category]))}[cat]`, uniform('product-descriptor', 'n'))},
       ${sqlList(craftCategories)}[cat],
       (CASE WHEN price < 100000 THEN round(price / 1000) * 1000 ELSE round(price / 5000) * 5000 END)::BIGINT,
       round(${clamp(`${localShare}[cat] + 0.1 * uq + 0.12 * ${normal('local-share', 'n')}`, '0.05', '1.0')}, 2),
       certs,
       CASE WHEN len(chans) = 0 THEN ['local'] ELSE chans END
     FROM listed`,
    `INSERT INTO assessments (product_id, assessed_on, assessor_council_id, design, craftsmanship, material, packaging, market_readiness, year)
     SELECT ${ids.product('n')}, make_date(y::INTEGER, 1, 1) + (20 + ${uniform('assessed-day', 'n', 'y')} * 320)::INTEGER,
       CASE WHEN ${uniform('assessor', 'n', 'y')} < 0.8 THEN ${ids.council('unit_code')} ELSE ${ids.council('province')} END,
       ${score('design')}, ${score('craftsmanship')}, ${score('material')}, ${score('packaging')}, ${score('market')}, y::INTEGER
     FROM syn_prod CROSS JOIN range($from_year::INTEGER, $to_year::INTEGER + 1) AS r(y)
       LEFT JOIN syn_pci_boost b USING (unit_code, y)
     WHERE y >= registered_year AND ${uniform('assessed', 'n', 'y')} < ${ASSESSED_PER_YEAR}`,
  ]);
}
