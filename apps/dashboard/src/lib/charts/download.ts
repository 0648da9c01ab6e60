/**
 * Downloads of a chart: its SVG as drawn (styles are attributes, so the file stands alone), a PNG
 * rendered from that SVG at twice the size, and its table as CSV.
 */
import { csvCell } from '@anyam/core';
import { formatValue } from '../format.js';
import type { Lang } from '@anyam/core';
import type { TableSpec } from './types.js';

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function svgText(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('font-family', 'Inter, "Segoe UI", system-ui, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const label = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  label.textContent = title;
  copy.insertBefore(label, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

export function downloadSvg(svg: SVGSVGElement, title: string, filename: string): void {
  save(new Blob([svgText(svg, title)], { type: 'image/svg+xml' }), `${filename}.svg`);
}

export async function downloadPng(
  svg: SVGSVGElement,
  title: string,
  filename: string,
): Promise<void> {
  const { width, height } = svg.getBoundingClientRect();
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText(svg, title)], { type: 'image/svg+xml' }));
  try {
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images.');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (blob) save(blob, `${filename}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * The table as CSV: numbers unformatted (a spreadsheet reads them), suppressed cells as "< 5".
 *
 *     tableCsv({ columns: [{ key: 'n', label: 'N', kind: 'count' }], rows: [{ n: null, suppressed: ['n'] }] }, 'en')
 *     // 'N\r\n< 5\r\n'
 */
export function tableCsv(table: TableSpec, lang: Lang): string {
  const lines = [table.columns.map((column) => csvCell(column.label)).join(',')];
  for (const row of table.rows) {
    lines.push(
      table.columns
        .map((column) => {
          const value = row[column.key];
          if (row.suppressed?.includes(column.key))
            return csvCell(formatValue(null, column.kind ?? 'count', lang, true));
          if (value == null) return '';
          return csvCell(Array.isArray(value) ? value.join(';') : String(value));
        })
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function downloadCsv(table: TableSpec, lang: Lang, filename: string): void {
  // A byte-order mark so that Excel opens the UTF-8 file with its accents intact.
  save(
    new Blob(['\ufeff', tableCsv(table, lang)], { type: 'text/csv;charset=utf-8' }),
    `${filename}.csv`,
  );
}
