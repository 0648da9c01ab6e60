import type { MessageKey } from '$lib/i18n/dictionary.js';

/** The dictionary key of a submission status. */
export const statusKey: Record<string, MessageKey> = {
  checked: 'statusChecked',
  refused: 'statusRefused',
  accepted: 'statusAccepted',
  returned: 'statusReturned',
};

/**
 * A time as a person reads it, in the page's language (UTC, as the server stores it).
 *
 *     when('2026-12-01T09:30:00.000Z', 'en') // '1 Dec 2026, 09:30 UTC'
 */
export function when(iso: string, lang: 'id' | 'en'): string {
  return `${new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(new Date(iso))} UTC`;
}
