/**
 * The file name of a chart's download: page, chart, region, year and language, so that a folder
 * of exports for a report sorts and reads without opening a file.
 *
 *     exportFileName({ page: '/reach', chart: 'Jangkauan per wilayah', region: '36', year: 2025, lang: 'id' })
 *     // 'anyam-reach-jangkauan-per-wilayah-36-2025-id'
 */
export function exportFileName(parts: {
  page: string;
  chart: string;
  region: string;
  year: number | null;
  lang: string;
}): string {
  const page = slug(parts.page.replace(/^\/+|\/+$/g, '')) || 'overview';
  return ['anyam', page, slug(parts.chart), parts.region, parts.year ?? '', parts.lang]
    .filter((part) => part !== '')
    .join('-');
}

/** Lower-case ASCII words joined by '-' (accents dropped, anything else a separator). */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
