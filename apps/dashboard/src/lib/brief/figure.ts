import { formatNumber, type Lang } from '@anyam/core';
import { delta, type DeltaMode } from '../delta.js';
import type { ValueKind } from '../format.js';
import { show, type Published } from './published.js';
import { briefText } from './text.js';
import type { BriefFigure } from './types.js';

/** How a figure's change from the year before is measured; `ratio` keeps two decimals. */
export type ChangeMode = DeltaMode | 'ratio';

export interface FigureInput {
  key: string;
  label: string;
  current: Published;
  /** The same figure a year earlier; undefined when there is no earlier year. */
  previous: Published | undefined;
  previousYear: number | null;
  kind: ValueKind;
  change: ChangeMode | null;
  note?: string;
}

function changeText(
  current: number,
  previous: number,
  mode: ChangeMode,
  lang: Lang,
): { text: string; direction: number } | null {
  if (mode !== 'ratio')
    // A relative change from 0 has no percentage: it reads as the plain difference ("+3").
    return delta(
      current,
      previous,
      mode === 'relative' && previous === 0 ? 'absolute' : mode,
      lang,
      {
        points: briefText(lang, 'points'),
        pp: briefText(lang, 'pp'),
      },
    );
  const change = current - previous;
  const direction = Math.abs(change) < 1e-9 ? 0 : Math.sign(change);
  const sign = direction > 0 ? '+' : direction < 0 ? '−' : '±';
  return { text: `${sign}${formatNumber(Math.abs(change), lang, 2)}`, direction };
}

/**
 * A headline figure with its change from the year before.
 *
 *     briefFigure({ key: 'reach.reach_rate', label: 'Reach rate', current: { value: 0.3, suppressed: false },
 *       previous: { value: 0.25, suppressed: false }, previousYear: 2024, kind: 'percent',
 *       change: 'percentagePoints' }, 'en').change // '+5.0 pp vs 2024'
 */
export function briefFigure(input: FigureInput, lang: Lang): BriefFigure {
  const figure: BriefFigure = {
    key: input.key,
    label: input.label,
    value: input.current.value,
    kind: input.kind,
    suppressed: input.current.suppressed,
    text: show(input.current, input.kind, lang),
    change: null,
    direction: null,
    ...(input.note ? { note: input.note } : {}),
  };
  if (input.previousYear == null || input.change == null) return figure;
  const previous = input.previous?.value ?? null;
  const current = input.current.value;
  const change =
    current == null || previous == null ? null : changeText(current, previous, input.change, lang);
  if (!change)
    return { ...figure, change: briefText(lang, 'noComparison', { year: input.previousYear }) };
  return {
    ...figure,
    change: `${change.text} ${briefText(lang, 'vs', { year: input.previousYear })}`,
    direction: change.direction,
  };
}
