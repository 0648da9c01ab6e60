/**
 * The public HTTP API's logic, apart from SvelteKit so that tests call it directly as well as over
 * HTTP. Every answer is computed from the one open dataset and cached under its version.
 */
import {
  competitivenessMetric,
  inRegionSql,
  metricDefinition,
  metricNames,
  MetricOptionsError,
  nationalScope,
  nationalScopeRegion,
  parseMetricOptions,
  pciSql,
  pciWeights,
  regionProductScoresSql,
  regionKeySql,
  resolvePeriod,
  suppress,
  type MetricName,
  type MetricOptions,
  type MetricRow,
  type NationalScopeRegion,
  type Region,
} from '@anyam/core';
import {
  derivedSpanOf,
  factYearSpan,
  manifestDefaultYears,
  runMetric,
  type DatasetHandle,
} from '@anyam/duckdb';
import { ApiError, asParameterMessage, YearWithoutData } from './api-error.js';
import { publicCreatedBy } from './public-created-by.js';
import { quantileSampleSql } from './quantile-sample-sql.js';
import { productSample } from '../product-sample.js';
import { PromiseCache } from './cache.js';
import { suppressionK } from './config.js';
import { getDataset } from './dataset.js';
import { queryObject } from './params.js';
import { withOwnGapGuarded } from './councils/advice-own.js';

/** The CLI's JSON shape (interfaces.md), rows suppressed. */
export interface MetricResponse {
  metric: MetricName;
  region: string;
  from: string;
  to: string;
  rows: MetricRow[];
}

const cache = new PromiseCache<unknown>(2000);

/** The result cache's answer under `key` for this dataset version, computed by `make` on a miss. */
export function cached<T>(handle: DatasetHandle, key: string, make: () => Promise<T>): Promise<T> {
  return cache.get(`${handle.version}|${key}`, make) as Promise<T>;
}

/** Empties the result cache (benchmarks measure uncached latency with it). */
export function clearCache(): void {
  cache.clear();
}

const metricParameters = [
  'region',
  'year',
  'from',
  'to',
  'by',
  'type',
  'council',
  'category',
  'weighting',
  'weights',
  'dimension',
  'lang',
  'outcome',
  'horizon',
] as const;

/** The dataset's region reference (every code a request may name). */
export function datasetRegions(handle: DatasetHandle): Promise<Region[]> {
  return cached(handle, 'regions', async () => {
    const rows = await handle.query(
      'SELECT code, name, level, parent_code FROM regions ORDER BY code',
    );
    return rows as unknown as Region[];
  });
}

async function regionCodes(handle: DatasetHandle): Promise<{ code: string }[]> {
  return datasetRegions(handle);
}

/**
 * The default period's first and last year of `metric` (metrics.md), from the manifest's year
 * partitions, so that no request scans the data for them (core's `defaultYearsSql` is the same
 * answer by a query).
 *
 *     await datasetYears(handle, 'reach') // { first: 2025, last: 2025 }
 */
export async function datasetYears(
  handle: Pick<DatasetHandle, 'manifest'>,
  metric: MetricName = 'reach',
): Promise<{ first: number; last: number } | null> {
  return manifestDefaultYears(handle.manifest, metric);
}

function asApiError(error: unknown): unknown {
  if (!(error instanceof MetricOptionsError)) return error;
  // A metric that is named in the contract but not built yet, or unknown: no such resource.
  return new ApiError(error.option === 'metric' ? 404 : 400, asParameterMessage(error.message));
}

function checked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw asApiError(error);
  }
}

async function checkedAsync<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    throw asApiError(error);
  }
}

/** Options of a metric request, checked against the dataset's regions, with the period resolved. */
export async function metricOptions(
  handle: DatasetHandle,
  name: string,
  raw: Record<string, string>,
): Promise<MetricOptions & { metric: MetricName }> {
  if (!(metricNames as readonly string[]).includes(name)) {
    throw new ApiError(
      404,
      `There is no metric ${JSON.stringify(name)}: use one of ${metricNames.join(', ')}.`,
    );
  }
  checked(() => metricDefinition(name));
  const regions = await regionCodes(handle);
  const parsed = checked(() => parseMetricOptions(name, raw, regions));
  await checkYearHasData(handle, parsed.year);
  const span = await datasetYears(handle, parsed.metric);
  const period = resolvePeriod(parsed, span);
  return { ...parsed, ...period };
}

/**
 * The cache key of a metric's answer: its checked options with the keys sorted and the period as
 * `from`/`to` only, so that `year=2024` and `from=2024-01-01&to=2024-12-31`, in any order of the
 * query string, share one entry.
 */
function metricKey(options: MetricOptions & { metric: MetricName }): string {
  const { year: _year, ...rest } = options as MetricOptions & {
    metric: MetricName;
    year?: unknown;
  };
  const entries = Object.entries(rest).filter(([, value]) => value !== undefined);
  return JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// Metrics whose unsuppressed rows are kept too, since a server computation reuses them: the
// overview pools impact's cohort rows into each year's estimate (overview.ts).
const keptUnsuppressed: readonly MetricName[] = ['impact'];

/**
 * A metric's rows before small-cell suppression, for a computation on the server that
 * suppresses what it derives from them (never answered as they are). Cached. `options` are
 * `metricOptions(handle, name, raw)`.
 */
export function unsuppressedMetric(
  handle: DatasetHandle,
  options: MetricOptions & { metric: MetricName },
  raw: Record<string, string>,
): Promise<MetricResponse> {
  return cached(handle, `unsuppressed:${metricKey(options)}`, async () => {
    // The period is already resolved, so runMetric needs no default-years query of its own.
    const { year: _year, ...rest } = raw;
    const result = await checkedAsync(() =>
      runMetric(handle, options.metric, { ...rest, from: options.from, to: options.to }),
    );
    return { ...result, rows: result.rows as MetricRow[] };
  });
}

/** `GET /api/metrics/NAME`: the CLI's JSON shape, every row suppressed with its `suppressed` list. */
export async function metricResponse(
  name: string,
  query: URLSearchParams,
): Promise<MetricResponse> {
  const raw = queryObject(query, metricParameters);
  const handle = await getDataset();
  const options = await metricOptions(handle, name, raw);
  return cached(handle, `metric:${metricKey(options)}`, async () => {
    if (keptUnsuppressed.includes(options.metric)) {
      const result = await unsuppressedMetric(handle, options, raw);
      const rows = suppress(
        result.rows,
        metricDefinition(options.metric).suppression,
        suppressionK,
      );
      return { ...result, rows: rows as MetricRow[] };
    }
    // The period is already resolved, so runMetric needs no default-years query of its own.
    const { year: _year, ...rest } = raw;
    const result = await checkedAsync(() =>
      runMetric(handle, options.metric, {
        ...rest,
        from: options.from,
        to: options.to,
        suppress: { k: suppressionK },
      }),
    );
    // A gap is a candidate's score minus the council's own: hidden where the own score is.
    const rows =
      options.metric === 'advice'
        ? await withOwnGapGuarded(handle, options, result.rows as MetricRow[])
        : (result.rows as MetricRow[]);
    return { ...result, rows };
  });
}

/**
 * The first and last year that have a participation: the years the dashboard offers and a `year`
 * parameter may name. Read from the manifest's partition folders (a write makes no empty
 * partition), so that no request scans the participations for them.
 *
 *     await participationYears(handle) // { first: 2021, last: 2025 }
 */
export async function participationYears(
  handle: Pick<DatasetHandle, 'manifest'>,
): Promise<{ first: number; last: number } | null> {
  return factYearSpan({ tables: { participations: handle.manifest.tables.participations } });
}

/**
 * Refuses a `year` parameter outside the dataset's participation years with one sentence naming
 * the years it has (a year without data would otherwise answer zeros that look like a result).
 * An explicit from/to is left alone: outside the data it gets the metric's rows of zeros, as the
 * CLI answers it.
 */
async function checkYearHasData(handle: DatasetHandle, year: number | undefined): Promise<void> {
  if (year === undefined) return;
  const span = await participationYears(handle);
  if (span && (year < span.first || year > span.last))
    throw new YearWithoutData(year, span.first, span.last);
}

/** `GET /api/health`: whether the dataset is open, and a summary of its manifest. */
export async function healthResponse(): Promise<{ ok: true; dataset: Record<string, unknown> }> {
  const handle = await getDataset();
  const years = await participationYears(handle);
  const tables: Record<string, number> = {};
  for (const [table, entry] of Object.entries(handle.manifest.tables)) {
    if (entry) tables[table] = entry.rows;
  }
  return {
    ok: true,
    dataset: {
      version: handle.version,
      format_version: handle.manifest.format_version,
      created_at: handle.manifest.created_at,
      created_by: publicCreatedBy(handle.manifest.created_by),
      tables,
      first_year: years?.first ?? null,
      last_year: years?.last ?? null,
    },
  };
}

export interface RegionsResponse {
  /** The scope: a row of the reference, or the national scope `ID` (no row of it). */
  region: Region | NationalScopeRegion;
  /** From the province down to the region's parent (none for a province or `ID`). */
  ancestors: Region[];
  children: Region[];
  /** Provinces that hold any council or enterprise of the dataset. */
  provinces: Region[];
}

/**
 * `GET /api/regions?region=CODE`: a region, its ancestors, its children, the dataset's provinces.
 * `region=ID` is the whole country, whose children are every province of the reference.
 */
export async function regionsResponse(query: URLSearchParams): Promise<RegionsResponse> {
  const raw = queryObject(query, ['region']);
  const handle = await getDataset();
  const code = (raw.region ?? '36').trim();
  const regions = await datasetRegions(handle);
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const region = code === nationalScope ? nationalScopeRegion : byCode.get(code);
  if (!region) {
    throw new ApiError(
      400,
      `Region ${JSON.stringify(code)} is not in the region reference: use ${nationalScope} (all of Indonesia) or a code such as 36 or 36.03.`,
    );
  }
  const ancestors: Region[] = [];
  for (let parent = region.parent_code; parent; parent = byCode.get(parent)?.parent_code ?? null) {
    const row = byCode.get(parent);
    if (row) ancestors.unshift(row);
  }
  const provinces = await cached(handle, 'provinces', async () => {
    const rows = await handle.query(`SELECT DISTINCT split_part(region_code, '.', 1) AS code FROM (
      SELECT region_code FROM enterprises UNION ALL SELECT region_code FROM councils) ORDER BY code`);
    return rows
      .map((row) => byCode.get(String(row.code)))
      .filter((row): row is Region => row !== undefined);
  });
  return {
    region,
    ancestors,
    children: regions.filter((row) => (row.parent_code ?? nationalScope) === code),
    provinces,
  };
}

export interface ProductPciRow {
  region_code: string;
  craft_category: string | null;
  pci: number | null;
  quality: number | null;
  materials: number | null;
  market: number | null;
  compliance: number | null;
  suppressed: string[];
}

type ProductValues = Omit<ProductPciRow, 'suppressed'>;

const productFields = ['pci', 'quality', 'materials', 'market', 'compliance'] as const;

/** How many assessed products of the scope a child region holds in a category. */
interface ProductCount {
  region_code: string;
  craft_category: string | null;
  products: number;
}

/**
 * The groups of `counts` (summed by `key`, in their first row's order) whose product counts
 * core's small-cell suppression publishes in a breakdown by `field`, as the competitiveness
 * metric's `products_assessed`.
 */
function publishedGroups(
  counts: readonly ProductCount[],
  key: (row: ProductCount) => string,
  field: 'region_code' | 'craft_category',
): Set<string> {
  const sums = new Map<string, number>();
  for (const row of counts) sums.set(key(row), (sums.get(key(row)) ?? 0) + row.products);
  const groups = [...sums].map(([group, n]) => ({ [field]: group, products_assessed: n }));
  const published = suppress(groups, competitivenessMetric.suppression, suppressionK);
  return new Set(
    published
      .filter((row) => !row.suppressed.includes('products_assessed'))
      .map((row) => String(row[field])),
  );
}

/**
 * `GET /api/products/pci?region=&year=&weights=&weighting=`: the PCI and dimensions (0–100) of
 * the assessed products of the scope, keyed by the child region that holds it, for the
 * distribution chart. A child region with more than `productSample` products is answered by a
 * quantile sample of that many, by PCI rank with its lowest and highest, and then `totals` gives
 * every shown region's count; a scope whose regions all hold fewer is answered whole, without
 * `totals`. A child region whose product count small-cell suppression hides (fewer than k, or
 * the second cell hidden beside a lone one) gets one row with every value null and listed in
 * `suppressed`, so that a product is never singled out; within a region shown, a category whose
 * count is hidden is not named (`craft_category` null and listed).
 */
export async function productPciResponse(query: URLSearchParams): Promise<{
  region: string;
  from: string;
  to: string;
  rows: ProductPciRow[];
  /** When a region is sampled: each shown region's number of products, of which `rows` has a sample. */
  totals?: Record<string, number>;
}> {
  const raw = queryObject(query, ['region', 'year', 'from', 'to', 'weighting', 'weights']);
  const handle = await getDataset();
  const options = await metricOptions(handle, 'competitiveness', raw);
  const weights = pciWeights(options.weights);
  // The latest assessments by a year-end are read from the derived tables when the dataset has
  // them (ranked once when it was written), else ranked from the assessments.
  const { sql: scored, readsDate } = regionProductScoresSql({
    to: options.to,
    derived: derivedSpanOf(handle.manifest),
  });
  const scope = {
    region: options.region,
    to_year: Number(options.to.slice(0, 4)),
    ...(readsDate ? { to: options.to } : {}),
  };
  const products = `WITH scored AS (${scored})
    SELECT ${regionKeySql('region_code')} AS region_code, product_id, craft_category,
      ${pciSql(options.weighting ?? 'arithmetic')} AS pci,
      100 * quality AS quality, 100 * materials AS materials, 100 * market AS market, 100 * compliance AS compliance
    FROM scored
    WHERE assessed AND ${inRegionSql('region_code')}`;
  // The counts, and so what suppression hides, do not depend on the weights: were they to, two
  // positions of the sliders could name two different categories of one region, and the hidden
  // one would be the region's total minus all the others. Secondary suppression hides the first
  // of the smallest counts, so the categories come in the order of their lowest PCI at the
  // default weights (the order in which the products came to the rule before the sample).
  const counts = cached(handle, `product-counts:${options.region}|${options.to}`, async () => {
    const [w_quality, w_materials, w_market, w_compliance] = pciWeights(undefined);
    const rows = await handle.query(
      `WITH scored AS (${scored})
      SELECT ${regionKeySql('region_code')} AS region_code, craft_category, count(*)::INTEGER AS products
      FROM scored
      WHERE assessed AND ${inRegionSql('region_code')}
      GROUP BY ALL
      ORDER BY region_code, min(${pciSql('arithmetic')}) NULLS LAST, craft_category`,
      { ...scope, w_quality, w_materials, w_market, w_compliance },
    );
    return rows as unknown as ProductCount[];
  });
  return cached(handle, `products:${JSON.stringify(options)}`, async () => {
    // Every region's rows, a sample of each larger one: the i-th kept product of a region of n
    // is the one at PCI rank ⌈i·(n − 1)/(size − 1)⌉ (product_id breaks ties, so the same data
    // always gives the same sample).
    const sampleSql = `WITH products AS (${products})
      SELECT region_code, craft_category, pci, quality, materials, market, compliance
      FROM products
      QUALIFY ${quantileSampleSql(
        'row_number() OVER (PARTITION BY region_code ORDER BY pci, product_id) - 1',
        'count(*) OVER (PARTITION BY region_code)',
        productSample,
      )}
      ORDER BY region_code, pci, product_id`;
    const [groups, sample] = await Promise.all([
      counts,
      handle.query(sampleSql, {
        ...scope,
        w_quality: weights[0],
        w_materials: weights[1],
        w_market: weights[2],
        w_compliance: weights[3],
      }) as Promise<unknown> as Promise<ProductValues[]>,
    ]);
    // Which child regions may show their products, and in which of them each category may be
    // named: those whose product counts core's suppression publishes, secondary suppression
    // included, so that neither a region's nor a category's few products can be singled out or
    // recovered from the scope's totals. Decided from the counts of every product, never from
    // the sample.
    const shownRegions = publishedGroups(groups, (row) => row.region_code, 'region_code');
    const shownCategories = new Map<string, Set<string>>();
    const regionTotals = new Map<string, number>();
    for (const row of groups)
      regionTotals.set(row.region_code, (regionTotals.get(row.region_code) ?? 0) + row.products);
    for (const code of shownRegions) {
      const inRegion = groups.filter((row) => row.region_code === code);
      shownCategories.set(
        code,
        publishedGroups(inRegion, (row) => row.craft_category ?? '', 'craft_category'),
      );
    }
    const sampled = new Map<string, ProductValues[]>();
    for (const row of sample) {
      const group = sampled.get(row.region_code);
      if (group) group.push(row);
      else sampled.set(row.region_code, [row]);
    }
    const out: ProductPciRow[] = [];
    const totals: Record<string, number> = {};
    let anySampled = false;
    for (const [code, total] of regionTotals) {
      if (!shownRegions.has(code)) {
        out.push({
          region_code: code,
          craft_category: null,
          pci: null,
          quality: null,
          materials: null,
          market: null,
          compliance: null,
          suppressed: [...productFields],
        });
        continue;
      }
      const named = shownCategories.get(code);
      const rows = sampled.get(code) ?? [];
      totals[code] = total;
      if (rows.length < total) anySampled = true;
      for (const row of rows)
        out.push(
          named?.has(row.craft_category ?? '')
            ? { ...row, suppressed: [] }
            : { ...row, craft_category: null, suppressed: ['craft_category'] },
        );
    }
    return {
      region: options.region,
      from: options.from,
      to: options.to,
      rows: out,
      ...(anySampled ? { totals } : {}),
    };
  });
}
