/** Lower case without accents or repeated spaces, so that "jawa  TIMUR" finds "Jawa Timur". */
const normalise = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The ids whose texts (a short label and a full name, say) hold every word of the search at the
 * start of one of their words ("malang" finds Kota Malang, not Pemalang; "kab" finds Kabupaten),
 * ignoring case, accents and spacing. An empty search finds nothing.
 *
 *     searchMatches('kab malang', [
 *       { id: 'DKR-35.07', texts: ['Kab. Malang', 'Dekranasda Kabupaten Malang'] },
 *       { id: 'DKR-35.73', texts: ['Kota Malang', 'Dekranasda Kota Malang'] },
 *     ]) // Set { 'DKR-35.07' }
 */
export function searchMatches(
  search: string,
  items: readonly { id: string; texts: readonly string[] }[],
): Set<string> {
  const words = normalise(search.replace(/[.,]/g, ' '))
    .split(' ')
    .filter((word) => word !== '');
  const found = new Set<string>();
  if (words.length === 0) return found;
  for (const item of items) {
    const texts = item.texts.map((text) => ` ${normalise(text.replace(/[.,]/g, ' '))}`);
    if (words.every((word) => texts.some((text) => text.includes(` ${word}`)))) found.add(item.id);
  }
  return found;
}
