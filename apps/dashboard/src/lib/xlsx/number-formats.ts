import type { ValueKind } from '../format.js';

/**
 * How a spreadsheet shows each kind of value, and what the stored number is divided by.
 * Format codes are locale-independent: `.` and `,` in them mean "decimal" and "thousands", so an
 * Indonesian Excel shows 12,5% and 1.234 where an English one shows 12.5% and 1,234.
 * A signed percent is held as a percentage (6.5 is +6,5%); the sheet stores it as the fraction
 * (0.065) like every other share, so a formula over it computes as Excel expects.
 */
export const numberFormats = {
  count: { code: '#,##0', per: 1 },
  percent: { code: '0.0%', per: 1 },
  rupiah: { code: '"Rp "#,##0', per: 1 },
  index: { code: '0.0', per: 1 },
  ratio: { code: '0.00', per: 1 },
  rank: { code: '0', per: 1 },
  signedPercent: { code: '+0.0%;-0.0%;0.0%', per: 100 },
} as const satisfies Record<ValueKind, { code: string; per: number }>;

/** ISO dates read the same in every locale (Excel's built-in short date follows the machine's). */
export const dateFormat = 'yyyy-mm-dd';
