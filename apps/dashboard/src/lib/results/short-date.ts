import type { Lang } from '@anyam/core';

/**
 * A visit's date as the visit pages write it: day, short month, year, in either language
 * day first (core's formatDate writes English month first, "Aug 17, 2024").
 *
 *     shortDate('2024-08-17', 'id') // '17 Agu 2024'
 *     shortDate('2024-08-17', 'en') // '17 Aug 2024'
 */
export function shortDate(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}
