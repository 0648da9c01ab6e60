import { indonesiaRegions } from '@anyam/core/reference';
import type { Region } from '@anyam/core';

export interface CouncilRow {
  readonly council_id: string;
  readonly region_code: string;
  readonly name: string;
}

/**
 * A council's own row of the councils table, from its id: the region code it ends with
 * (`DKR-36.01`, or `DK-3601` without dots) and "Dekranasda" with the region's name. Null when the
 * id names no region of the reference.
 *
 *     councilRow('DKR-36.01') // { council_id: 'DKR-36.01', region_code: '36.01', name: 'Dekranasda Kabupaten Pandeglang' }
 *     councilRow('DKR-99.99') // null
 */
export function councilRow(councilId: string): CouncilRow | null {
  const dotted = /(\d{2}(?:\.\d{2}){0,2})$/.exec(councilId)?.[1];
  const plain = /-(\d{2}(?:\d{2}){0,2})$/.exec(councilId)?.[1];
  const code = dotted?.includes('.') || !plain ? dotted : plain.match(/\d{2}/g)?.join('.');
  if (!code) return null;
  const region = indonesiaRegions().find((r) => r.code === code);
  if (!region) return null;
  const name =
    region.level === 'province'
      ? `Dekranasda Provinsi ${region.name}`
      : `Dekranasda ${region.name}`;
  return { council_id: councilId, region_code: region.code, name };
}

/**
 * The region codes a council's data may use: its region and every region inside it; without a
 * council, every province and regency (districts would make the list thousands long).
 *
 *     councilRegions('36.01').length // 36 (Pandeglang and its 35 districts)
 */
export function councilRegions(regionCode: string | null): Region[] {
  const all = indonesiaRegions();
  if (regionCode === null)
    return all
      .filter((region) => region.level !== 'district')
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return all
    .filter((region) => region.code === regionCode || region.code.startsWith(`${regionCode}.`))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
