import type { ValueKind } from '../format.js';

export type Cell = string | number | boolean | null | readonly string[] | undefined;

/** A row of a chart's table view; `suppressed` names the fields hidden by small-cell suppression. */
export type TableRow = Record<string, Cell> & { suppressed?: readonly string[] };

export interface TableColumn {
  key: string;
  label: string;
  /** How numbers read; text columns leave it out. */
  kind?: ValueKind;
}

export interface TableSpec {
  columns: TableColumn[];
  rows: TableRow[];
}

/** The tooltip a chart frame offers its chart (Svelte context `tooltip`). */
export interface Tooltip {
  show(event: MouseEvent | FocusEvent, title: string, lines: string[]): void;
  hide(): void;
}

export type LoadStatus = 'loading' | 'error' | 'empty' | 'ready';
