/**
 * A sheet name Excel accepts: without `[]:*?/\`, at most 31 characters, unique in the workbook.
 *
 *     sheetNames(['Tabel', 'Data: 2025/26', 'Tabel']) // ['Tabel', 'Data 2025 26', 'Tabel (2)']
 */
export function sheetNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base =
      name
        .replace(/:/g, '')
        .replace(/[[\]*?/\\]/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let unique = base;
    for (let n = 2; taken.has(unique.toLowerCase()); n += 1)
      unique = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    taken.add(unique.toLowerCase());
    return unique;
  });
}
