/**
 * A spreadsheet column's letters from its index (0 is A).
 *
 *     columnName(0)  // 'A'
 *     columnName(27) // 'AB'
 */
export function columnName(index: number): string {
  let name = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
    name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}
