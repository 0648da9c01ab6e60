/**
 * A size on disk for a person: bytes, kB, MB or GB (powers of 1000), one decimal.
 *
 *     formatBytes(950)        // '950 B'
 *     formatBytes(1_234_567)  // '1.2 MB'
 */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}
