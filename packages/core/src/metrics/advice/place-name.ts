/**
 * How a sentence names a council's place: its region's name with "Kabupaten" shortened to
 * "Kab." as planners write it, else the council's own name.
 *
 *     placeName('Kabupaten Tangerang', 'Dekranasda Kabupaten Tangerang') // 'Kab. Tangerang'
 *     placeName(null, 'Dekranasda Kota Serang')                          // 'Dekranasda Kota Serang'
 */
export function placeName(regionName: string | null | undefined, councilName: string): string {
  if (!regionName) return councilName;
  return regionName.replace(/^Kabupaten\s+/i, 'Kab. ');
}
