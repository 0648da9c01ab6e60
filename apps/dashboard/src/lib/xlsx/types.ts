/** A cell of a sheet: text (never a formula), a number with its format code, or empty. */
export type XlsxCell =
  | { text: string; bold?: boolean; wrap?: boolean }
  | { number: number; format?: string; bold?: boolean }
  | null;

export interface XlsxSheet {
  name: string;
  rows: XlsxCell[][];
  /** Column widths in characters, one per column. */
  widths: number[];
  /** Rows kept in view while scrolling (the header). */
  frozenRows?: number;
}

export interface XlsxWorkbook {
  /** The document title a file manager shows. */
  title: string;
  sheets: XlsxSheet[];
}
