/** A number as the API publishes it, and how the brief reads it in a table or in a sentence. */
import type { Lang } from '@anyam/core';
import { formatValue, type ValueKind } from '../format.js';
import { briefText } from './text.js';

export interface Published {
  value: number | null;
  /** Hidden by small-cell suppression (the value is then null). */
  suppressed: boolean;
}

type RowLike = Record<string, unknown> & { suppressed?: unknown };

/**
 * A field of an API row.
 *
 *     published({ reached: null, suppressed: ['reached'] }, 'reached') // { value: null, suppressed: true }
 */
export function published(row: RowLike | undefined, field: string): Published {
  const value = row?.[field];
  const list = row?.suppressed;
  return {
    value: typeof value === 'number' && Number.isFinite(value) ? value : null,
    suppressed: Array.isArray(list) && list.includes(field),
  };
}

/**
 * How a published number reads in a figure or a chart: "< 5" when suppressed, as on every page.
 *
 *     show({ value: 0.125, suppressed: false }, 'percent', 'id') // '12,5%'
 */
export function show(number: Published, kind: ValueKind, lang: Lang): string {
  return formatValue(number.value, kind, lang, number.suppressed);
}

/**
 * How a published number reads inside a sentence: "kurang dari 5" / "fewer than 5" when
 * suppressed.
 *
 *     say({ value: null, suppressed: true }, 'count', 'en') // 'fewer than 5'
 */
export function say(number: Published, kind: ValueKind, lang: Lang): string {
  return number.suppressed ? briefText(lang, 'fewer') : formatValue(number.value, kind, lang);
}
