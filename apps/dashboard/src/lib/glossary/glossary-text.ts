import type { Lang } from '@anyam/core';

// The glossary's own interface texts, beside its terms so that the module stands alone.
const texts = {
  id: {
    title: 'Glosarium',
    lead: 'Arti istilah statistik yang dipakai di halaman-halaman dasbor, dalam bahasa sehari-hari. Setiap istilah dapat ditautkan.',
    linkTo: 'Tautan ke istilah {term}',
    explain: '{term}: penjelasan',
  },
  en: {
    title: 'Glossary',
    lead: 'What the statistical terms on the dashboard’s pages mean, in everyday words. Each term can be linked to.',
    linkTo: 'Link to the term {term}',
    explain: '{term}: explanation',
  },
} as const;

export type GlossaryTextKey = keyof (typeof texts)['id'];

/**
 * A text of the glossary's interface in `lang`, with `{term}` filled.
 *
 *     glossaryText('en', 'linkTo', { term: 'Cohort' }) // 'Link to the term Cohort'
 */
export function glossaryText(
  lang: Lang,
  key: GlossaryTextKey,
  values: Record<string, string> = {},
): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
