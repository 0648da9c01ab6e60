import type { Lang } from '../domain/labels.js';
import { locales, missing } from './number.js';

/**
 * An ISO date as a person reads it.
 *
 *     formatDate('2024-08-17', 'id') // '17 Agu 2024'
 *     formatDate('2024-08-17', 'en') // 'Aug 17, 2024'
 */
export function formatDate(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return missing;
  const date = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return missing;
  return new Intl.DateTimeFormat(locales[lang], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
