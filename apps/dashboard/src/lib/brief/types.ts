/** The regional brief as the page renders it: every number already chosen, formatted and worded. */
import type { Lang } from '@anyam/core';
import type { ValueKind } from '../format.js';

/** One headline figure: the value as the API publishes it, and its change from the year before. */
export interface BriefFigure {
  /** `metric.field` as the API names it (`reach.reached_artisans`), or a derived name. */
  key: string;
  label: string;
  /** The published number (null when suppressed or not computable). */
  value: number | null;
  kind: ValueKind;
  suppressed: boolean;
  /** The value as read ("1.234", "< 5", "–"). */
  text: string;
  /** "+2,1 poin dibanding 2024", or null when there is no earlier year to compare. */
  change: string | null;
  /** Sign of the change, for the arrow: 1, -1, 0. */
  direction: number | null;
  /** A short line under the figure (the interval of an effect, the category of an RCA). */
  note?: string;
  /** What the figure does not prove, printed under it (the impact estimate's). */
  caveat?: string;
}

export interface BriefBar {
  label: string;
  value: number | null;
  suppressed: boolean;
  /** The value as printed at the bar's end. */
  text: string;
}

export type BriefChart =
  | {
      type: 'bars';
      title: string;
      /** What the bars measure, printed under the title. */
      units: string;
      bars: BriefBar[];
      /** A vertical line to compare with (1.0 for ratios, the council's own score). */
      reference?: { value: number; label: string };
    }
  | {
      type: 'event';
      title: string;
      units: string;
      points: {
        label: string;
        estimate: number | null;
        low: number | null;
        high: number | null;
        suppressed: boolean;
      }[];
    };

export type BriefSectionId =
  'reach' | 'competitiveness' | 'visits' | 'programs' | 'impact' | 'advice';

export interface BriefSection {
  id: BriefSectionId;
  title: string;
  /** The question the section answers. */
  question: string;
  figures: BriefFigure[];
  chart: BriefChart | null;
  /** Why there is no chart, when there is none. */
  chartNote: string | null;
  sentences: string[];
  /** A box of limits (the impact section's "what this does not prove"). */
  limits: string | null;
  source: string;
}

export interface BriefMethod {
  title: string;
  text: string;
}

export interface Brief {
  lang: Lang;
  region: { code: string; name: string; level: string; parents: string };
  year: number;
  previousYear: number | null;
  cover: {
    title: string;
    subtitle: string;
    lines: { label: string; value: string }[];
    councils: string[];
  };
  /** Set when the region has no enterprise and no council: the brief says so and stops. */
  empty: string | null;
  sections: BriefSection[];
  methods: {
    title: string;
    intro: string;
    items: BriefMethod[];
    suppression: string;
    provenance: { label: string; value: string }[];
    link: string;
  };
  footer: string;
  labels: {
    print: string;
    contents: string;
    methodsTitle: string;
    suppressedNote: string;
    sourceLabel: string;
    printHint: string;
  };
}
