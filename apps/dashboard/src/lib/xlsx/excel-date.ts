const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
// Day 25569 is 1970-01-01 in Excel's 1900 date system (which counts a 29 February 1900).
const unixEpochSerial = 25569;
const dayMs = 86_400_000;
const firstSafeDay = Date.UTC(1900, 2, 1);

/**
 * The spreadsheet serial number of an ISO calendar date, or null when the text is not one.
 *
 *     excelDate('2024-03-01') // 45352
 *     excelDate('2024-02-30') // null
 *     excelDate('Kab. Lebak') // null
 */
export function excelDate(text: string): number | null {
  const match = isoDate.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  // Date.UTC rolls 30 February over into March: such text is not a date. Before March 1900 the
  // serials are one off (Excel's phantom 29 February), and no Anyam date is that old.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  if (time < firstSafeDay) return null;
  return time / dayMs + unixEpochSerial;
}
