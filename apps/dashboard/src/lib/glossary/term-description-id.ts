/**
 * The id of the element holding a term's gloss for screen readers (aria-describedby of every
 * inline button of that term; GlossaryDescriptions.svelte renders it once per page).
 *
 *     termDescriptionId('kohort') // 'gloss-kohort'
 */
export function termDescriptionId(key: string): string {
  return `gloss-${key}`;
}
