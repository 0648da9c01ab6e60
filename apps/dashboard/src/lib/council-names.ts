/**
 * A council's name as a chart label: "Dekranasda Kabupaten Pandeglang" → "Kab. Pandeglang".
 *
 *     councilLabel('Dekranasda Kabupaten Pandeglang') // 'Kab. Pandeglang'
 *     councilLabel('Dekranasda Provinsi Banten')      // 'Prov. Banten'
 */
export function councilLabel(name: string): string {
  return name
    .replace(/^Dekranasda\s+/i, '')
    .replace(/^Kabupaten\s+/i, 'Kab. ')
    .replace(/^Provinsi\s+/i, 'Prov. ');
}
