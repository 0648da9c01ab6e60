import { xmlText } from './xml-text.js';
import { spreadsheetMain, xmlDeclaration } from './namespaces.js';

/** One cell look: number format, bold, wrapped, and text kept literal when edited. */
export interface Look {
  format: string | null;
  bold: boolean;
  wrap: boolean;
  literal: boolean;
}

/**
 * The cell formats of a workbook, numbered in order of first use (0 is the default look). A
 * custom number format gets an id from 164 on, where Excel's built-in ones end.
 */
export class CellLooks {
  readonly list: Look[] = [{ format: null, bold: false, wrap: false, literal: false }];
  readonly formats: string[] = [];
  private readonly index = new Map<string, number>([['null|false|false|false', 0]]);

  of(look: Look): number {
    const key = `${look.format}|${look.bold}|${look.wrap}|${look.literal}`;
    let found = this.index.get(key);
    if (found === undefined) {
      found = this.list.length;
      this.list.push(look);
      this.index.set(key, found);
      if (look.format !== null && !this.formats.includes(look.format))
        this.formats.push(look.format);
    }
    return found;
  }

  xml(): string {
    const numFmts = this.formats
      .map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(code)}"/>`)
      .join('');
    const xfs = this.list
      .map((look) => {
        const numFmtId = look.format === null ? 0 : 164 + this.formats.indexOf(look.format);
        const attributes = [
          `numFmtId="${numFmtId}"`,
          `fontId="${look.bold ? 1 : 0}"`,
          'fillId="0" borderId="0" xfId="0"',
          numFmtId ? 'applyNumberFormat="1"' : '',
          look.bold ? 'applyFont="1"' : '',
          look.wrap ? 'applyAlignment="1"' : '',
          // Text that starts like a formula stays text when a person edits the cell, too.
          look.literal ? 'quotePrefix="1"' : '',
        ].filter(Boolean);
        const alignment = look.wrap ? '<alignment wrapText="1" vertical="top"/>' : '';
        return `<xf ${attributes.join(' ')}>${alignment}</xf>`;
      })
      .join('');
    return (
      `${xmlDeclaration}<styleSheet xmlns="${spreadsheetMain}">` +
      (numFmts ? `<numFmts count="${this.formats.length}">${numFmts}</numFmts>` : '') +
      '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
      '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill>' +
      '<fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.list.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
