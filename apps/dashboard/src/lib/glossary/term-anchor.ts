/**
 * The id of a term's entry in the glossary on /data, so that a link can point at one term.
 *
 *     termAnchor('galat-baku') // 'glosarium-galat-baku'
 */
export function termAnchor(key: string): string {
  return `glosarium-${key}`;
}
