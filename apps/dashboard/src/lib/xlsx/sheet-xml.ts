import { formulaTriggers } from '@anyam/core';
import { columnName } from './column-name.js';
import { officeRels, spreadsheetMain, xmlDeclaration } from './namespaces.js';
import type { CellLooks } from './cell-looks.js';
import type { SharedStrings } from './shared-strings.js';
import type { XlsxCell, XlsxSheet } from './types.js';

const triggerCodes = new Set(formulaTriggers.map((character) => character.charCodeAt(0)));
// Excel refuses to open a file with a longer cell ("We found a problem with some content").
const maxCellText = 32_767;

function cellXml(cell: XlsxCell, ref: string, looks: CellLooks, strings: SharedStrings): string {
  if (cell === null) return '';
  if ('text' in cell) {
    const style = looks.of({
      format: null,
      bold: cell.bold ?? false,
      wrap: cell.wrap ?? false,
      literal: triggerCodes.has(cell.text.charCodeAt(0)),
    });
    const text = cell.text.length > maxCellText ? cell.text.slice(0, maxCellText) : cell.text;
    // A shared-string cell is a value, never a formula, whatever its text starts with.
    return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.of(text)}</v></c>`;
  }
  if (!Number.isFinite(cell.number)) return '';
  const style = looks.of({
    format: cell.format ?? null,
    bold: cell.bold ?? false,
    wrap: false,
    literal: false,
  });
  return `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${cell.number}</v></c>`;
}

/**
 * A worksheet part: its frozen header, column widths and rows, with the cells' looks and texts
 * collected into the workbook's shared tables.
 */
export function sheetXml(
  sheet: XlsxSheet,
  looks: CellLooks,
  strings: SharedStrings,
  first: boolean,
): string {
  const frozen = sheet.frozenRows ?? 0;
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/>` +
      `<selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
    : '';
  const cols = sheet.widths
    .map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`)
    .join('');
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((cell, c) => cellXml(cell, `${columnName(c)}${r + 1}`, looks, strings));
      return `<row r="${r + 1}">${cells.join('')}</row>`;
    })
    .join('');
  return (
    `${xmlDeclaration}<worksheet xmlns="${spreadsheetMain}" xmlns:r="${officeRels}">` +
    `<sheetViews><sheetView${first ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : '') +
    `<sheetData>${rows}</sheetData>` +
    '</worksheet>'
  );
}
