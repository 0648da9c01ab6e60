/** The shapes of the public API's answers, as the browser reads them. */
import type { NationalScopeRegion, Region } from '@anyam/core';

export type Value = string | number | boolean | null | string[];
export type Row = Record<string, Value> & { suppressed: string[] };

export interface MetricAnswer {
  metric: string;
  region: string;
  from: string;
  to: string;
  rows: Row[];
}

export interface HealthAnswer {
  ok: true;
  dataset: {
    version: string;
    created_at: string;
    created_by: Record<string, unknown>;
    tables: Record<string, number>;
    first_year: number | null;
    last_year: number | null;
  };
}

export interface RegionsAnswer {
  /** The scope: a region of the reference, or `ID`, the whole country. */
  region: Region | NationalScopeRegion;
  ancestors: Region[];
  children: Region[];
  provinces: Region[];
}

export interface Headline {
  year: number;
  reached_artisans: number | null;
  eligible_artisans: number | null;
  reach_rate: number | null;
  reached_enterprises: number | null;
  pci_median: number | null;
  study_visits: number | null;
  practices_adopted: number | null;
  effect_pct: number | null;
  effect_ci_low_pct: number | null;
  effect_ci_high_pct: number | null;
  suppressed: string[];
}

export interface OverviewAnswer {
  region: string;
  year: number;
  current: Headline;
  previous: Headline | null;
}

export interface ProductPciAnswer {
  region: string;
  from: string;
  to: string;
  rows: (Row & { region_code: string; pci: number | null })[];
  /** When a region has more products than the sample: each shown region's number of them. */
  totals?: Record<string, number>;
}

/** A number field of a row, null when absent, suppressed or not a number. */
export function num(row: Row | undefined, field: string): number | null {
  const value = row?.[field];
  return typeof value === 'number' ? value : null;
}

export function isSuppressed(row: Row | undefined, field: string): boolean {
  return row?.suppressed.includes(field) ?? false;
}
