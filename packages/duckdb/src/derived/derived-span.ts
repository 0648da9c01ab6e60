import type { Manifest, ManifestTable } from '../manifest.js';

/** The years a list of Hive-partitioned files covers: `participations/year=2024/...` gives 2024. */
function fileYears(entry: ManifestTable | undefined): number[] {
  const years: number[] = [];
  for (const file of entry?.files ?? []) {
    const match = /\/year=(\d{4})\//.exec(file);
    if (match) years.push(Number(match[1]));
  }
  return years;
}

/**
 * First and last year of a manifest's fact tables (`participations`, `assessments`, `outcomes`),
 * read from their partition folders, or null when they have no rows: the years the derived
 * tables are written for.
 *
 *     factYearSpan(manifest) // { first: 2021, last: 2025 }
 */
export function factYearSpan(
  manifest: Pick<Manifest, 'tables'>,
): { first: number; last: number } | null {
  const years = [
    ...fileYears(manifest.tables.participations),
    ...fileYears(manifest.tables.assessments),
    ...fileYears(manifest.tables.outcomes),
  ];
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * The default years of metrics.md from the manifest, without a scan: the latest participation
 * year (first = last), or for `impact` and `event_study` every year of participations and
 * outcomes; null when those tables have no rows. The partition folders are exactly the years
 * that have rows (a write makes no empty partition).
 *
 *     manifestDefaultYears(manifest, 'reach')  // { first: 2025, last: 2025 }
 *     manifestDefaultYears(manifest, 'impact') // { first: 2020, last: 2025 }
 */
export function manifestDefaultYears(
  manifest: Pick<Manifest, 'tables'>,
  metric: string,
): { first: number; last: number } | null {
  const participations = fileYears(manifest.tables.participations);
  if (metric !== 'impact' && metric !== 'event_study') {
    if (participations.length === 0) return null;
    const last = Math.max(...participations);
    return { first: last, last };
  }
  const years = [...participations, ...fileYears(manifest.tables.outcomes)];
  if (years.length === 0) return null;
  return { first: Math.min(...years), last: Math.max(...years) };
}
