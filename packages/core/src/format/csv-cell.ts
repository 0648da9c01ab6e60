/**
 * A CSV cell (RFC 4180): quoted when it holds a quote, a comma, a semicolon or a line break.
 * Semicolons are quoted too, so that Excel in an Indonesian locale (which splits on `;`) keeps
 * the cell whole.
 *
 *     csvCell('a,b')      // '"a,b"'
 *     csvCell('say "hi"') // '"say ""hi"""'
 *     csvCell('Tenun')    // 'Tenun'
 */
export function csvCell(text: string): string {
  return /[",;\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
