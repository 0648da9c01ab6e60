import { strToU8, zipSync } from 'fflate';
import { CellLooks } from './cell-looks.js';
import { officeRels, packageRels, spreadsheetMain, xmlDeclaration } from './namespaces.js';
import { SharedStrings } from './shared-strings.js';
import { sheetNames } from './sheet-names.js';
import { sheetXml } from './sheet-xml.js';
import { xmlText } from './xml-text.js';
import type { XlsxWorkbook } from './types.js';

const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/**
 * The workbook as the bytes of an .xlsx file (Office Open XML, deflated).
 *
 *     writeXlsx({ title: 'Jangkauan', sheets: [{ name: 'Tabel', rows: [[{ text: 'N' }], [{ number: 3, format: '#,##0' }]], widths: [8] }] })
 *     // Uint8Array [0x50, 0x4b, 0x03, 0x04, …]
 */
export function writeXlsx(workbook: XlsxWorkbook): Uint8Array {
  const looks = new CellLooks();
  const strings = new SharedStrings();
  // Sheets first: writing them collects the looks and texts the shared parts list.
  const sheets = workbook.sheets.map((sheet, i) => sheetXml(sheet, looks, strings, i === 0));
  const names = sheetNames(workbook.sheets.map((sheet) => sheet.name));
  const each = (part: (i: number) => string) => sheets.map((_, i) => part(i)).join('');
  const files: Record<string, Uint8Array> = {
    // A reader looks for the content types first, so the part leads the archive.
    '[Content_Types].xml': strToU8(
      `${xmlDeclaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${contentType}.sheet.main+xml"/>` +
        each(
          (i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${contentType}.worksheet+xml"/>`,
        ) +
        `<Override PartName="/xl/styles.xml" ContentType="${contentType}.styles+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="${contentType}.sharedStrings+xml"/>` +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${xmlDeclaration}<Relationships xmlns="${packageRels}">` +
        `<Relationship Id="rId1" Type="${officeRels}/officeDocument" Target="xl/workbook.xml"/>` +
        `<Relationship Id="rId2" Type="${packageRels}/metadata/core-properties" Target="docProps/core.xml"/>` +
        '</Relationships>',
    ),
    'docProps/core.xml': strToU8(
      `${xmlDeclaration}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
        `<dc:title>${xmlText(workbook.title)}</dc:title><dc:creator>Anyam</dc:creator>` +
        '</cp:coreProperties>',
    ),
    'xl/workbook.xml': strToU8(
      `${xmlDeclaration}<workbook xmlns="${spreadsheetMain}" xmlns:r="${officeRels}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews><sheets>' +
        each(
          (i) => `<sheet name="${xmlText(names[i] ?? '')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
        ) +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${xmlDeclaration}<Relationships xmlns="${packageRels}">` +
        each(
          (i) =>
            `<Relationship Id="rId${i + 1}" Type="${officeRels}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        ) +
        `<Relationship Id="rId${sheets.length + 1}" Type="${officeRels}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${officeRels}/sharedStrings" Target="sharedStrings.xml"/>` +
        '</Relationships>',
    ),
    'xl/styles.xml': strToU8(looks.xml()),
    'xl/sharedStrings.xml': strToU8(strings.xml()),
  };
  sheets.forEach((xml, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(xml);
  });
  return zipSync(files, { level: 6 });
}
