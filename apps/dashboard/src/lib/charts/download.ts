/**
 * Downloads of a chart: its SVG as drawn (styles are attributes, so the file stands alone), a PNG
 * rendered from that SVG at twice the size, and its table as CSV and as an XLSX workbook (the
 * workbook writer loads only when asked for).
 */
import { csvCell } from '@anyam/core';
import { formatValue } from '../format.js';
import type { Lang } from '@anyam/core';
import type { TableSpec } from './types.js';
import type { TableAbout } from '../xlsx/table-workbook.js';

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

/** The words a picture taken out of the page must carry: title, where/when/units, source. */
export interface ExportCaption {
  title: string;
  /** Region, year and units, e.g. "Banten · 2025 · Satuan: % of registered artisans". */
  subtitle: string;
  source: string;
}

/**
 * Greedy word wrap by an estimated character width (no layout engine outside the page).
 *
 *     wrapText('Jangkauan per wilayah', 80, 12) // ['Jangkauan per', 'wilayah']
 */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.56)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** The chart inside a page of its own: the caption above, the source below, a white ground. */
function svgText(
  svg: SVGSVGElement,
  caption: ExportCaption,
): { text: string; width: number; height: number } {
  const box = svg.getBoundingClientRect();
  const chartWidth = Math.round(box.width);
  const chartHeight = Math.round(box.height);
  const pad = 16;
  const width = Math.max(chartWidth + 2 * pad, 360);
  const room = width - 2 * pad;
  const out = document.createElementNS(svgNs, 'svg');
  out.setAttribute('xmlns', svgNs);
  out.setAttribute('font-family', 'Inter, "Segoe UI", system-ui, sans-serif');
  const label = document.createElementNS(svgNs, 'title');
  label.textContent = `${caption.title} (${caption.subtitle})`;
  out.append(label);
  const background = document.createElementNS(svgNs, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  out.append(background);
  let y = pad;
  const write = (text: string, size: number, weight: number, fill: string, className: string) => {
    for (const line of wrapText(text, room, size)) {
      y += size * 1.3;
      const node = document.createElementNS(svgNs, 'text');
      node.setAttribute('class', className);
      node.setAttribute('x', String(pad));
      node.setAttribute('y', String(Math.round(y)));
      node.setAttribute('font-size', String(size));
      node.setAttribute('font-weight', String(weight));
      node.setAttribute('fill', fill);
      node.textContent = line;
      out.append(node);
    }
  };
  write(caption.title, 16, 700, '#1f2a28', 'export-title');
  write(caption.subtitle, 12, 400, '#56625e', 'export-subtitle');
  y += 10;
  const chart = svg.cloneNode(true) as SVGSVGElement;
  chart.setAttribute('x', String(pad));
  chart.setAttribute('y', String(Math.round(y)));
  chart.setAttribute('width', String(chartWidth));
  chart.setAttribute('height', String(chartHeight));
  out.append(chart);
  y += chartHeight + 8;
  write(caption.source, 11, 400, '#56625e', 'export-source');
  const height = Math.round(y + pad);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(height));
  out.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { text: new XMLSerializer().serializeToString(out), width, height };
}

export function downloadSvg(svg: SVGSVGElement, caption: ExportCaption, filename: string): void {
  save(new Blob([svgText(svg, caption).text], { type: 'image/svg+xml' }), `${filename}.svg`);
}

export async function downloadPng(
  svg: SVGSVGElement,
  caption: ExportCaption,
  filename: string,
): Promise<void> {
  const { text, width, height } = svgText(svg, caption);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
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

/**
 * The table as an XLSX workbook: typed cells, units in the frozen header, and an "About" sheet with
 * title, region, year, units and source. `table` is the one the CSV writes (`exportTable`).
 */
export async function downloadXlsx(
  table: TableSpec,
  about: TableAbout,
  lang: Lang,
  filename: string,
): Promise<void> {
  const { tableWorkbook, writeXlsx } = await import('../xlsx/index.js');
  const bytes = writeXlsx(tableWorkbook(table, about, lang));
  save(
    new Blob([bytes as Uint8Array<ArrayBuffer>], {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
    `${filename}.xlsx`,
  );
}
