/**
 * The regional brief, computed on the server through the public API's own functions
 * (`metricResponse`, `adviceResponse`, `councilsResponse`), so that every number printed is the
 * number `GET /api/metrics/NAME` answers for the same region and year, suppressed alike.
 */
import { formatDate, formatInteger, label, nationalScope, type Lang } from '@anyam/core';
import {
  datasetRegions,
  metricOptions,
  metricResponse,
  participationYears,
} from '../server/api.js';
import { ApiError } from '../server/api-error.js';
import { getDataset } from '../server/dataset.js';
import { queryObject } from '../server/params.js';
import { publicCreatedBy } from '../server/public-created-by.js';
import { councilsResponse } from '../server/councils/advice.js';
import { shortName } from '../charts/tile-layouts.js';
import { first, scopeName, type Context } from './context.server.js';
import { published } from './published.js';
import { adviceSection } from './sections/advice.server.js';
import { competitivenessSection } from './sections/competitiveness.server.js';
import { impactSection } from './sections/impact.server.js';
import { programsSection } from './sections/programs.server.js';
import { reachSection } from './sections/reach.server.js';
import { visitsSection } from './sections/visits.server.js';
import { briefText, type BriefTextKey } from './text.js';
import type { Brief } from './types.js';

/** Where the project's methods text lives (linked from the appendix, as the CLI's help does). */
export const methodsLink = 'https://github.com/anyam-id/anyam/blob/main/docs/metrics.md';

/**
 * The brief of `GET /brief?region=&year=&lang=`. A bad parameter is an `ApiError` (400) whose
 * message the page shows; a region with no enterprise and no council gives a brief that says so.
 */
export async function computeBrief(query: URLSearchParams): Promise<Brief> {
  const raw = queryObject(query, ['region', 'year', 'lang']);
  const langText = raw.lang ?? 'id';
  if (langText !== 'id' && langText !== 'en')
    throw new ApiError(400, `Parameter lang must be id or en, got ${JSON.stringify(langText)}.`);
  const lang: Lang = langText;
  const t = (key: BriefTextKey, values: Record<string, string | number> = {}) =>
    briefText(lang, key, values);
  const handle = await getDataset();
  const span = await participationYears(handle);
  if (!span)
    throw new ApiError(400, 'The dataset has no participation, so there is no year to brief.');
  const options = await metricOptions(handle, 'reach', {
    ...(raw.region !== undefined ? { region: raw.region } : {}),
    ...(raw.year !== undefined ? { year: raw.year } : {}),
  });
  // A year outside the dataset's was refused by metricOptions (YearWithoutData).
  // The brief is a council's, for its province or regency; the whole country has no council.
  if (options.region === nationalScope)
    throw new ApiError(
      400,
      'The regional brief is for a province or regency, not ID (all of Indonesia): choose a region such as 36 or 36.03.',
    );
  const year = Number(options.to.slice(0, 4));
  const regions = await datasetRegions(handle);
  const names = new Map(regions.map((r) => [r.code, r]));
  const region = names.get(options.region)!;
  const previousYear = year > span.first ? year - 1 : null;
  const version = handle.version;
  const allCouncils = await councilsResponse(
    new URLSearchParams({ region: options.region.split('.')[0]! }),
  );
  const councils = await councilsResponse(new URLSearchParams({ region: region.code }));
  const councilNames = new Map<string, string>();
  for (const c of allCouncils.councils)
    councilNames.set(c.council_id, shortName(names.get(c.region_code)?.name ?? c.name));
  const context: Context = {
    lang,
    region,
    year,
    previousYear,
    firstYear: span.first,
    version,
    names,
    councilNames,
    t,
    // A period given as from/to (the event study) replaces the year.
    metric: (name, params = {}) =>
      metricResponse(
        name,
        new URLSearchParams({
          region: region.code,
          ...('from' in params ? {} : { year: String(year) }),
          ...params,
        }),
      ),
  };
  const manifest = handle.manifest;
  const createdBy = publicCreatedBy(manifest.created_by);
  const madeBy = Object.entries(createdBy)
    .map(([key, value]) => `${key} ${String(value)}`)
    .join(', ');
  const parents = scopeName(region, names).split(', ').slice(1).join(', ');
  const reach = await context.metric('reach');
  const competitiveness = await context.metric('competitiveness');
  const reachRow = first(reach);
  const pciRow = first(competitiveness);
  const empty =
    councils.councils.length === 0 &&
    published(reachRow, 'eligible_artisans').value === 0 &&
    published(pciRow, 'products_assessed').value === 0 &&
    published(pciRow, 'unassessed').value === 0;
  const regionName = shortName(region.name);
  const sections = empty
    ? []
    : await Promise.all([
        reachSection(context),
        competitivenessSection(context),
        visitsSection(context),
        programsSection(context),
        impactSection(context),
        adviceSection(
          context,
          councils.councils.find((c) => c.region_code === region.code)?.council_id ?? null,
        ),
      ]);
  const rows = Object.entries(manifest.tables)
    .filter(([, entry]) => entry)
    .map(([table, entry]) => `${table} ${formatInteger(entry!.rows, lang)}`)
    .join(', ');
  return {
    lang,
    region: { code: region.code, name: regionName, level: region.level, parents },
    year,
    previousYear,
    cover: {
      title: t('briefTitle'),
      subtitle: t('briefSubtitle'),
      lines: [
        {
          label: t('coverRegion'),
          value: `${regionName}${parents ? `, ${parents}` : ''} (${label('region_level', region.level, lang)}, ${region.code})`,
        },
        { label: t('coverYear'), value: String(year) },
        {
          label: t('coverCompared'),
          value: previousYear ? String(previousYear) : t('coverNoPrevious'),
        },
        { label: t('coverDataset'), value: version },
        { label: t('coverCreated'), value: formatDate(manifest.created_at, lang) },
        { label: t('coverSource'), value: madeBy },
      ],
      councils: councils.councils.map((c) => c.name),
    },
    empty: empty ? t('emptyBrief', { name: regionName, version }) : null,
    sections,
    methods: {
      title: t('methodsTitle'),
      intro: t('methodsIntro'),
      items: [
        { title: t('reachTitle'), text: t('mReach') },
        { title: t('competitivenessTitle'), text: `${t('mCompetitiveness')} ${t('mRca')}` },
        { title: t('visitsTitle'), text: t('mVisits') },
        { title: t('programsTitle'), text: t('mPrograms') },
        { title: t('impactTitle'), text: t('mImpact') },
        { title: t('adviceTitle'), text: t('mAdvice') },
      ],
      suppression: `${t('suppressionTitle')}: ${t('suppression')}`,
      provenance: [
        { label: t('provenanceVersion'), value: version },
        {
          label: t('provenanceCreated'),
          value: `${formatDate(manifest.created_at, lang)} (${manifest.created_at})`,
        },
        { label: t('provenanceBy'), value: madeBy },
        { label: t('provenanceFormat'), value: String(manifest.format_version) },
        { label: t('provenanceRows'), value: rows },
      ],
      link: methodsLink,
    },
    footer: t('footer', { name: regionName, year }),
    labels: {
      print: t('print'),
      contents: t('contents'),
      methodsTitle: t('methodsTitle'),
      suppressedNote: t('suppressedNote'),
      sourceLabel: t('sourceLabel'),
      printHint: t('printHint'),
    },
  };
}
