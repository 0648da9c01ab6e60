/**
 * fast-check generators of small random datasets for the metric parity tests (TypeScript
 * function vs SQL through `loadRecords`). Metrics engineers: reuse `metricInputArbitrary()` and
 * `metricPeriodArbitrary` in your `<metric>.parity.test.ts` instead of writing your own, with
 * `useParityHarness()` (./engines.testkit.ts: one DuckDB, `differences(definition, input, options)`
 * runs `compute` and `sql` (+ `finish`) and lists what differs: counts exactly, the rest to 1e-9,
 * nulls as nulls, same field order) — see reach.parity.test.ts for a complete example.
 *
 * What the datasets exercise: a small fixed reference (province 36, regencies 36.01–36.03 where
 * 36.03 is often empty, districts of 36.01), enterprises coded exactly `36` or `36.01`, coded
 * under a regency missing from the reference (`36.09`) and outside the province (`32.01`); dates
 * drawn from 2021–2025 with a bias to year boundaries (ties, and `to`/`from` edges); artisans who
 * enrolled before registering; references to ids that do not exist (dangling enterprise,
 * program, artisan, council), which an import would reject but the engines must treat alike;
 * lists with repeated values; keys unique as domain.md requires (first row kept).
 */
import {
  adoptionStages,
  certifications,
  channels,
  craftCategories,
  exhibitionScales,
  genders,
  practiceCategories,
  programTypes,
  sizeClasses,
  type MetricInput,
  type Region,
} from '@anyam/core';
import fc from 'fast-check';

/** The region reference every generated dataset carries. */
export const arbitraryRegions: Region[] = [
  { code: '36', name: 'Banten', level: 'province', parent_code: null },
  { code: '36.01', name: 'Kabupaten Pandeglang', level: 'regency', parent_code: '36' },
  { code: '36.01.01', name: 'Sumur', level: 'district', parent_code: '36.01' },
  { code: '36.01.02', name: 'Cimanggu', level: 'district', parent_code: '36.01' },
  { code: '36.02', name: 'Kabupaten Lebak', level: 'regency', parent_code: '36' },
  { code: '36.03', name: 'Kabupaten Tangerang', level: 'regency', parent_code: '36' },
  { code: '32', name: 'Jawa Barat', level: 'province', parent_code: null },
  { code: '32.01', name: 'Kabupaten Bogor', level: 'regency', parent_code: '32' },
];

/** Region codes records are drawn from (36.03 only rarely, so that it is often empty). */
const entityCodes = [
  '36',
  '36.01',
  '36.01',
  '36.01.01',
  '36.01.02',
  '36.02',
  '36.02',
  '36.09',
  '32.01',
];

const day0 = Date.UTC(2021, 0, 1);
const days = 5 * 365 + 1;
const isoOfDay = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);
const edges = [
  '2022-12-31',
  '2023-01-01',
  '2023-06-30',
  '2023-12-31',
  '2024-01-01',
  '2024-12-31',
  '2025-01-01',
];

/** An ISO date in 2021–2025, one in three on a year or half-year edge. */
export const isoDateArbitrary: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.integer({ min: 0, max: days - 1 }).map(isoOfDay) },
  { weight: 1, arbitrary: fc.constantFrom(...edges) },
);

/**
 * An ISO date in the calendar years `first..last`, one in three on January 1 or December 31.
 *
 *     yearsDateArbitrary(2023, 2024) // '2023-07-14', '2024-12-31', ...
 */
export function yearsDateArbitrary(first: number, last: number): fc.Arbitrary<string> {
  const start = Date.UTC(first, 0, 1);
  const span = Math.round((Date.UTC(last + 1, 0, 1) - start) / 86_400_000);
  const ends: string[] = [];
  for (let year = first; year <= last; year += 1) ends.push(`${year}-01-01`, `${year}-12-31`);
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc
        .integer({ min: 0, max: span - 1 })
        .map((n) => new Date(start + n * 86_400_000).toISOString().slice(0, 10)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...ends) },
  );
}

/** A period `[from, to]`: a calendar year 2022–2025 or a random range inside 2021–2025. */
export const metricPeriodArbitrary: fc.Arbitrary<{ from: string; to: string }> = fc.oneof(
  fc
    .integer({ min: 2022, max: 2025 })
    .map((year) => ({ from: `${year}-01-01`, to: `${year}-12-31` })),
  fc
    .tuple(isoDateArbitrary, isoDateArbitrary)
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
);

/**
 * A scope region: mostly the province, sometimes the whole country (`ID`, whose children are
 * the provinces 32 and 36), a regency, a district or an empty regency.
 */
export const metricRegionArbitrary: fc.Arbitrary<string> = fc.constantFrom(
  '36',
  '36',
  '36',
  'ID',
  '36.01',
  '36.01.01',
  '36.02',
  '36.03',
);

export interface MetricInputArbitraryOptions {
  /** Upper bounds of the table sizes (defaults in brackets): enterprises [10], artisans [30], participations [80], ... */
  readonly maxEnterprises?: number;
  readonly maxArtisans?: number;
  readonly maxParticipations?: number;
  /** Draw every date from these calendar years only (denser data for year-based metrics). */
  readonly years?: readonly [number, number];
}

const pick = <T>(values: readonly T[], index: number): T => values[index % values.length] as T;

function uniqueBy<T>(rows: readonly T[], key: (row: T) => string): T[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const k = key(row);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const index = fc.nat(1000);

/**
 * A random small dataset (every table plus `regions`), valid per the schemas except for the
 * occasional dangling reference.
 *
 *     fc.assert(fc.asyncProperty(metricInputArbitrary(), metricPeriodArbitrary, async (input, period) => ...))
 */
export function metricInputArbitrary(
  options: MetricInputArbitraryOptions = {},
): fc.Arbitrary<MetricInput> {
  const maxEnterprises = options.maxEnterprises ?? 10;
  const maxArtisans = options.maxArtisans ?? 30;
  const maxParticipations = options.maxParticipations ?? 80;
  const date = options.years
    ? yearsDateArbitrary(options.years[0], options.years[1])
    : isoDateArbitrary;
  return fc
    .record({
      councils: fc.array(fc.tuple(index), { minLength: 1, maxLength: 5 }),
      enterprises: fc.array(
        fc.tuple(
          index,
          fc.constantFrom(...craftCategories),
          fc.constantFrom(...sizeClasses),
          fc.constantFrom(...genders),
          date,
        ),
        { maxLength: maxEnterprises, size: 'max' },
      ),
      artisans: fc.array(
        fc.tuple(
          index,
          fc.constantFrom(...genders),
          fc.integer({ min: 1960, max: 2008 }),
          date,
          fc.boolean(),
        ),
        { maxLength: maxArtisans, size: 'max' },
      ),
      programs: fc.array(
        fc.tuple(
          index,
          fc.constantFrom(...programTypes),
          fc.option(fc.constantFrom(...craftCategories)),
          date,
          index,
        ),
        { minLength: 1, maxLength: 6, size: 'max' },
      ),
      participations: fc.array(fc.tuple(index, index, date, fc.boolean(), fc.nat(30)), {
        maxLength: maxParticipations,
        size: 'max',
      }),
      products: fc.array(
        fc.tuple(
          index,
          fc.constantFrom(...craftCategories),
          fc.integer({ min: 0, max: 100 }),
          fc.array(fc.constantFrom(...certifications), { maxLength: 5, size: 'max' }),
          fc.array(fc.constantFrom(...channels), { minLength: 1, maxLength: 6, size: 'max' }),
          fc.nat(2_000_000),
        ),
        { maxLength: 12, size: 'max' },
      ),
      assessments: fc.array(
        fc.tuple(
          index,
          date,
          index,
          fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 5, maxLength: 5 }),
        ),
        { maxLength: 20, size: 'max' },
      ),
      practices: fc.array(fc.tuple(fc.constantFrom(...practiceCategories), index), {
        maxLength: 5,
        size: 'max',
      }),
      visits: fc.array(
        fc.tuple(
          index,
          index,
          date,
          fc.integer({ min: 1, max: 12 }),
          fc.array(index, { maxLength: 4 }),
        ),
        { maxLength: 10, size: 'max' },
      ),
      adoptions: fc.array(
        fc.tuple(index, index, date, fc.option(index), fc.constantFrom(...adoptionStages)),
        {
          maxLength: 10,
          size: 'max',
        },
      ),
      exhibitions: fc.array(
        fc.tuple(
          date,
          index,
          fc.constantFrom(...exhibitionScales),
          fc.array(index, { minLength: 1, maxLength: 3 }),
        ),
        { maxLength: 5, size: 'max' },
      ),
      exhibitors: fc.array(fc.tuple(index, index, fc.nat(50_000_000), fc.nat(40), fc.nat(20)), {
        maxLength: 15,
        size: 'max',
      }),
      outcomes: fc.array(
        fc.tuple(
          index,
          fc.integer({ min: 2019, max: 2026 }),
          fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5_000_000_000 })),
          fc.nat(30),
          fc.nat(5000),
        ),
        {
          maxLength: 30,
          size: 'max',
        },
      ),
    })
    .map((raw): MetricInput => {
      const councils = raw.councils.map(([code], i) => ({
        council_id: `C${i + 1}`,
        region_code: pick(['36', '36.01', '36.02', '36.03', '32.01', '36.01.01'], code),
        name: `Dekranasda ${i + 1}`,
      }));
      const councilIds = [...councils.map((c) => c.council_id), 'C99'];
      const enterprises = raw.enterprises.map(
        ([code, craft_category, size_class, owner_gender, registered_on], i) => ({
          enterprise_id: `E${i + 1}`,
          region_code: pick(entityCodes, code),
          name: `Usaha ${i + 1}`,
          craft_category,
          size_class,
          owner_gender,
          founded_year: 2000 + (code % 20),
          registered_on,
        }),
      );
      const enterpriseIds =
        enterprises.length > 0 ? enterprises.map((e) => e.enterprise_id) : ['E999'];
      const artisans = raw.artisans.map(([e, gender, birth_year, registered_on, dangling], i) => ({
        artisan_id: `A${i + 1}`,
        enterprise_id: dangling && e % 10 === 0 ? 'E999' : pick(enterpriseIds, e),
        gender,
        birth_year,
        registered_on,
      }));
      const artisanIds = artisans.length > 0 ? artisans.map((a) => a.artisan_id) : ['A999'];
      const programs = raw.programs.map(
        ([c, program_type, craft_category, start_date, extra], i) => {
          const end = isoOfDay(
            Math.min(days - 1, (Date.parse(start_date) - day0) / 86_400_000 + (extra % 200)),
          );
          return {
            program_id: `P${i + 1}`,
            council_id: pick(councilIds, c),
            name: `Program ${i + 1}`,
            program_type,
            craft_category,
            start_date,
            end_date: end,
            target_region_code: pick(entityCodes, extra),
            target_participants: extra % 50,
            budget_idr: extra * 1_000_000,
          };
        },
      );
      // One index in 31 points at a program that does not exist.
      const programIds = [...programs.map((p) => p.program_id), 'P999'];
      const participations = uniqueBy(
        raw.participations.map(([p, a, enrolled_on, completed, bias]) => ({
          program_id:
            bias === 0
              ? 'P999'
              : pick(programIds.slice(0, -1).length > 0 ? programIds.slice(0, -1) : programIds, p),
          artisan_id: bias === 1 ? 'A999' : pick(artisanIds, a),
          enrolled_on,
          completed,
        })),
        (row) => `${row.program_id}|${row.artisan_id}`,
      );
      const products = raw.products.map(([e, craft_category, share, certs, chans, price], i) => ({
        product_id: `X${i + 1}`,
        enterprise_id: pick(enterpriseIds, e),
        name: `Produk ${i + 1}`,
        craft_category,
        unit_price_idr: price,
        local_material_share: share / 100,
        certifications: certs,
        channels: chans,
      }));
      const productIds = products.length > 0 ? products.map((p) => p.product_id) : ['X999'];
      const assessments = uniqueBy(
        raw.assessments.map(([p, assessed_on, c, s]) => ({
          product_id: pick(productIds, p),
          assessed_on,
          assessor_council_id: pick(councilIds, c),
          design: s[0] ?? 1,
          craftsmanship: s[1] ?? 1,
          material: s[2] ?? 1,
          packaging: s[3] ?? 1,
          market_readiness: s[4] ?? 1,
        })),
        (row) => `${row.product_id}|${row.assessed_on}`,
      );
      const practices = raw.practices.map(([practice_category, c], i) => ({
        practice_id: `K${i + 1}`,
        name: `Praktik ${i + 1}`,
        practice_category,
        origin_council_id: pick(councilIds, c),
      }));
      const practiceIds = [...practices.map((p) => p.practice_id), 'K99'];
      const study_visits = raw.visits.map(([v, h, visit_date, delegation_size, ps], i) => ({
        visit_id: `V${i + 1}`,
        visiting_council_id: pick(councilIds, v),
        host_council_id: pick(councilIds, h),
        visit_date,
        delegation_size,
        practice_ids: ps.map((p) => pick(practiceIds, p)),
      }));
      const visitIds = study_visits.map((v) => v.visit_id);
      const adoptions = uniqueBy(
        raw.adoptions.map(([c, p, adopted_on, source, stage]) => ({
          council_id: pick(councilIds, c),
          practice_id: pick(practiceIds, p),
          adopted_on,
          source_visit_id: source === null || visitIds.length === 0 ? null : pick(visitIds, source),
          stage,
        })),
        (row) => `${row.council_id}|${row.practice_id}|${row.adopted_on}`,
      );
      const exhibitions = raw.exhibitions.map(([start_date, code, scale, organizers], i) => ({
        exhibition_id: `F${i + 1}`,
        name: `Pameran ${i + 1}`,
        start_date,
        end_date: start_date,
        region_code: pick(entityCodes, code),
        scale,
        organizer_council_ids: organizers.map((c) => pick(councilIds, c)),
      }));
      const exhibitionIds =
        exhibitions.length > 0 ? exhibitions.map((x) => x.exhibition_id) : ['F999'];
      const exhibitors = uniqueBy(
        raw.exhibitors.map(([x, e, sales_idr, transactions, buyer_leads]) => ({
          exhibition_id: pick(exhibitionIds, x),
          enterprise_id: pick(enterpriseIds, e),
          sales_idr,
          transactions,
          buyer_leads,
        })),
        (row) => `${row.exhibition_id}|${row.enterprise_id}`,
      );
      const outcomes = uniqueBy(
        raw.outcomes.map(([e, year, revenue_idr, employees, units_sold]) => ({
          enterprise_id: pick(enterpriseIds, e),
          year,
          revenue_idr,
          employees,
          units_sold,
        })),
        (row) => `${row.enterprise_id}|${row.year}`,
      );
      return {
        regions: arbitraryRegions,
        councils,
        enterprises,
        artisans,
        programs,
        participations,
        products,
        assessments,
        practices,
        study_visits,
        adoptions,
        exhibitions,
        exhibitors,
        outcomes,
      };
    });
}

const score = fc.integer({ min: 1, max: 5 });
// Shares from a small set, so that different product sets often tie on materials.
const extraProduct = fc.tuple(
  fc.nat(100),
  fc.constantFrom(...craftCategories),
  fc.constantFrom(0, 0.25, 0.5, 0.7, 1),
  fc.array(fc.constantFrom(...certifications), { maxLength: 4 }),
  fc.array(fc.constantFrom(...channels), { maxLength: 6 }),
  fc.array(fc.tuple(isoDateArbitrary, fc.tuple(score, score, score, score, score)), {
    maxLength: 2,
    size: 'max',
  }),
);

/** The shared random datasets plus up to 90 products, so that regions reach the 20 a candidate needs. */
export const adviceInputArbitrary: fc.Arbitrary<MetricInput> = fc
  .tuple(
    metricInputArbitrary({ maxEnterprises: 6 }),
    fc.array(extraProduct, { minLength: 20, maxLength: 90, size: 'max' }),
  )
  .map(([input, extra]) => {
    if (input.enterprises.length === 0) return input;
    const products = [...input.products];
    const assessments = [...input.assessments];
    extra.forEach(([e, craft_category, share, certs, chans, rounds], i) => {
      const product_id = `XD${i}`;
      const enterprise = input.enterprises[e % input.enterprises.length];
      products.push({
        product_id,
        enterprise_id: enterprise?.enterprise_id ?? 'E999',
        name: `Produk ${product_id}`,
        craft_category,
        unit_price_idr: 1000,
        local_material_share: share,
        certifications: certs,
        channels: chans,
      });
      const dates = new Set<string>();
      for (const [
        assessed_on,
        [design, craftsmanship, packaging, material, market_readiness],
      ] of rounds) {
        if (dates.has(assessed_on)) continue;
        dates.add(assessed_on);
        assessments.push({
          product_id,
          assessed_on,
          assessor_council_id: 'C1',
          design,
          craftsmanship,
          packaging,
          material,
          market_readiness,
        });
      }
    });
    return { ...input, products, assessments };
  });
