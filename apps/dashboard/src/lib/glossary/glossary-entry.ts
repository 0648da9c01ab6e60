import { glossary, type GlossaryEntry } from './terms.js';

const byKey = new Map(glossary.map((entry) => [entry.key, entry]));

/**
 * The glossary entry of a key, or undefined for a key the glossary does not have.
 *
 *     glossaryEntry('kohort')?.term.en // 'Cohort'
 */
export function glossaryEntry(key: string): GlossaryEntry | undefined {
  return byKey.get(key);
}
