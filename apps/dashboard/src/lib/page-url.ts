/**
 * Page-level URL state beyond the header's filters (`council`, `practice`, `dimension`): set or
 * clear one query parameter and keep every other, so the view stays a shareable link.
 */
import { goto } from '$app/navigation';
import { page } from '$app/state';

export function setParams(change: Record<string, string | null>): Promise<void> {
  const query = new URLSearchParams(page.url.searchParams);
  for (const [name, value] of Object.entries(change)) {
    if (value == null || value === '') query.delete(name);
    else query.set(name, value);
  }
  const text = query.toString();
  return goto(`${page.url.pathname}${text ? `?${text}` : ''}`, { keepFocus: true, noScroll: true });
}

/** A page parameter from the URL, or null. */
export function param(name: string): string | null {
  return page.url.searchParams.get(name);
}
