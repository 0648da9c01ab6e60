export { columnName } from './column-name.js';
export { excelDate } from './excel-date.js';
export { dateFormat, numberFormats } from './number-formats.js';
export { sheetNames } from './sheet-names.js';
export { tableWorkbook, type TableAbout } from './table-workbook.js';
export { writeXlsx } from './write-xlsx.js';
export { xmlText } from './xml-text.js';
export type { XlsxCell, XlsxSheet, XlsxWorkbook } from './types.js';
