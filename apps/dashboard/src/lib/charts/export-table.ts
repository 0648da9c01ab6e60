/**
 * The table as it leaves the page (CSV and XLSX read the same one): each number column's header
 * says its unit, and numbers are cut to six decimals (a fraction's sixteen digits are float noise,
 * not precision).
 */
import type { Lang } from '@anyam/core';
import { t, type MessageKey } from '../i18n/dictionary.js';
import type { ValueKind } from '../format.js';
import type { TableSpec } from './types.js';

/** The dictionary key of each kind's unit in a CSV header. */
const csvUnitKeys = {
  count: 'csvUnitCount',
  percent: 'csvUnitPercent',
  rupiah: 'csvUnitRupiah',
  index: 'csvUnitIndex',
  ratio: 'csvUnitRatio',
  rank: 'csvUnitRank',
  signedPercent: 'csvUnitSignedPercent',
} as const satisfies Record<ValueKind, MessageKey>;

/**
 * A spreadsheet shows a share as "12,5%" (the cell holds 0.125 with a percent format), so its
 * header says "%", not "share 0–1"; every other unit reads as in the CSV.
 */
const xlsxUnitKeys = {
  ...csvUnitKeys,
  percent: 'xlsxUnitPercent',
  signedPercent: 'xlsxUnitPercent',
} as const satisfies Record<ValueKind, MessageKey>;

/**
 * The table with units in its headers and numbers rounded, for a file of the given format.
 *
 *     exportTable({ columns: [{ key: 'r', label: 'Tingkat', kind: 'percent' }], rows: [{ r: 0.1234567891 }] }, 'id', 'csv')
 *     // { columns: [{ key: 'r', label: 'Tingkat (proporsi 0–1)', kind: 'percent' }], rows: [{ r: 0.123457 }] }
 */
export function exportTable(table: TableSpec, lang: Lang, format: 'csv' | 'xlsx'): TableSpec {
  const unitKeys = format === 'csv' ? csvUnitKeys : xlsxUnitKeys;
  return {
    columns: table.columns.map((column) =>
      // A header that already names its unit ("Sales (Rp)") keeps it.
      column.kind && !/\)$/.test(column.label)
        ? { ...column, label: `${column.label} (${t(lang, unitKeys[column.kind])})` }
        : column,
    ),
    rows: table.rows.map((row) => {
      const next: TableSpec['rows'][number] = { ...row };
      for (const column of table.columns) {
        const value = row[column.key];
        if (column.kind && typeof value === 'number' && Number.isFinite(value))
          next[column.key] = Math.round(value * 1e6) / 1e6;
      }
      return next;
    }),
  };
}
