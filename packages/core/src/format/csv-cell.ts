import { neutralizeFormula } from './formula-guard.js';

/**
 * A CSV cell (RFC 4180): quoted when it holds a quote, a comma, a semicolon or a line break.
 * Semicolons are quoted too, so that Excel in an Indonesian locale (which splits on `;`) keeps
 * the cell whole. Text a spreadsheet would run as a formula gets a leading `'` first.
 *
 *     csvCell('a,b')       // '"a,b"'
 *     csvCell('say "hi"')  // '"say ""hi"""'
 *     csvCell('=1+1')      // "'=1+1"
 *     csvCell('-12.5')     // '-12.5'
 *     csvCell('Tenun')     // 'Tenun'
 */
export function csvCell(text: string): string {
  const cell = neutralizeFormula(text);
  return /[",;\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
