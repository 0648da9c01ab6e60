import { xmlText } from './xml-text.js';
import { spreadsheetMain, xmlDeclaration } from './namespaces.js';

/** Each distinct text once, referred to by its index (what every spreadsheet reads). */
export class SharedStrings {
  private readonly index = new Map<string, number>();
  private count = 0;

  of(text: string): number {
    this.count += 1;
    let found = this.index.get(text);
    if (found === undefined) {
      found = this.index.size;
      this.index.set(text, found);
    }
    return found;
  }

  xml(): string {
    const items = [...this.index.keys()]
      .map((text) => `<si><t xml:space="preserve">${xmlText(text)}</t></si>`)
      .join('');
    return `${xmlDeclaration}<sst xmlns="${spreadsheetMain}" count="${this.count}" uniqueCount="${this.index.size}">${items}</sst>`;
  }
}
