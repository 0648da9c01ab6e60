import type { Lang } from '@anyam/core';
import { glossary } from './terms.js';

/** A piece of a text: plain, or the words of a glossary term (`term` is its key). */
export interface TextPiece {
  text: string;
  term?: string;
}

// One pattern per language: every way of writing every term, longest first so that
// "selang kepercayaan 95%" wins over "selang 95%", as whole words only ("log" not in "katalog").
const patterns = new Map<Lang, { regex: RegExp; keys: Map<string, string> }>();

function patternFor(lang: Lang): { regex: RegExp; keys: Map<string, string> } {
  const known = patterns.get(lang);
  if (known) return known;
  const keys = new Map<string, string>();
  for (const entry of glossary)
    for (const words of entry.match[lang]) keys.set(words.toLowerCase(), entry.key);
  const escaped = [...keys.keys()]
    .sort((a, b) => b.length - a.length)
    .map((words) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}_-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`,
    'giu',
  );
  const made = { regex, keys };
  patterns.set(lang, made);
  return made;
}

/**
 * A text cut into pieces at the first place each glossary term appears (later mentions stay
 * plain, so a sentence is not a row of buttons). `only` keeps the terms named.
 *
 *     findTerms('Galat baku kohort 2023', 'id')
 *     // [{ text: 'Galat baku', term: 'galat-baku' }, { text: ' ' },
 *     //  { text: 'kohort', term: 'kohort' }, { text: ' 2023' }]
 */
export function findTerms(
  text: string,
  lang: Lang,
  only: readonly string[] | null = null,
): TextPiece[] {
  const { regex, keys } = patternFor(lang);
  const pieces: TextPiece[] = [];
  const seen = new Set<string>();
  let from = 0;
  for (const match of text.matchAll(regex)) {
    const key = keys.get(match[0].toLowerCase());
    if (key == null || seen.has(key) || (only != null && !only.includes(key))) continue;
    seen.add(key);
    const at = match.index;
    if (at > from) pieces.push({ text: text.slice(from, at) });
    pieces.push({ text: match[0], term: key });
    from = at + match[0].length;
  }
  if (from < text.length || pieces.length === 0) pieces.push({ text: text.slice(from) });
  return pieces;
}
