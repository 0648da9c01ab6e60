import { enumerations, type EnumerationName } from './enums.js';
import { labels } from './labels.js';

const lookups = new Map<EnumerationName, Map<string, string>>();

function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, ' ');
}

function lookup(enumeration: EnumerationName): Map<string, string> {
  let map = lookups.get(enumeration);
  if (map) return map;
  map = new Map();
  const entries = labels[enumeration] as Record<
    string,
    { id: string; en: string; aliases?: readonly string[] }
  >;
  for (const value of enumerations[enumeration]) {
    const entry = entries[value];
    const words = [
      value,
      value.replace(/_/g, ' '),
      entry?.id,
      entry?.en,
      ...(entry?.aliases ?? []),
    ];
    for (const word of words) if (word) map.set(normalise(word), value);
  }
  lookups.set(enumeration, map);
  return map;
}

/**
 * Reads an enumeration value as a person typed it: the canonical value, or its Indonesian or
 * English label, in any letter case and with stray spaces. Returns `undefined` when unknown.
 *
 *     parseEnum('craft_category', ' TENUN ') // 'woven_textile'
 *     parseEnum('gender', 'P')               // 'F' (perempuan)
 *     parseEnum('craft_category', 'silk')    // undefined
 */
export function parseEnum<N extends EnumerationName>(
  enumeration: N,
  text: string,
): (typeof enumerations)[N][number] | undefined {
  const exact = (enumerations[enumeration] as readonly string[]).includes(text);
  if (exact) return text as (typeof enumerations)[N][number];
  return lookup(enumeration).get(normalise(text)) as (typeof enumerations)[N][number] | undefined;
}
