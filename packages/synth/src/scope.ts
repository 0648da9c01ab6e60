import type { Region } from '@anyam/core';
import { indonesiaRegions } from '@anyam/core/reference';
import { craftWeights } from './catalog.js';
import type { ScaleConfig } from './scales.js';

/** A regency or city in scope with what the SQL needs to place enterprises in it. */
export interface ScopeUnit {
  readonly unit: number;
  readonly code: string;
  readonly name: string;
  readonly province: string;
  readonly province_name: string;
  readonly districts: readonly string[];
  /** Craft weights in `craftCategories` order, normalised to cumulative shares. */
  readonly craft_cum: readonly number[];
  /** 1-based index of the heaviest craft category. */
  readonly dominant: number;
  /** Fixed enterprise count, or 0 to draw one around the scale's mean. */
  readonly fixed_enterprises: number;
}

/**
 * The reference regions a scale covers: Banten's province, regencies and districts, or all.
 *
 *     scopeRegions(scales.banten).filter((r) => r.level === 'regency').length // 8
 */
export function scopeRegions(config: ScaleConfig): Region[] {
  const provinces = config.provinces;
  const regions = indonesiaRegions();
  if (!provinces) return regions;
  return regions.filter((region) => provinces.includes(region.code.slice(0, 2)));
}

/**
 * The regencies and cities of a scale, numbered in code order so that enterprises numbered
 * regency by regency are contiguous per regency and per province.
 *
 *     scopeUnits(scales.banten)[2] // { unit: 2, code: '36.03', name: 'Kabupaten Tangerang', ... }
 */
export function scopeUnits(config: ScaleConfig): ScopeUnit[] {
  const regions = scopeRegions(config);
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const districts = new Map<string, string[]>();
  for (const region of regions) {
    if (region.level !== 'district' || region.parent_code === null) continue;
    const list = districts.get(region.parent_code) ?? [];
    list.push(region.code);
    districts.set(region.parent_code, list);
  }
  return regions
    .filter((region) => region.level === 'regency')
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((region, unit) => {
      const weights = craftWeights(region.code);
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      let running = 0;
      const province = region.code.slice(0, 2);
      return {
        unit,
        code: region.code,
        name: region.name,
        province,
        province_name: names.get(province) ?? province,
        // A regency without districts in the reference still needs one code to place enterprises.
        districts: districts.get(region.code) ?? [region.code],
        craft_cum: weights.map((weight) => (running += weight) / total),
        dominant: weights.indexOf(Math.max(...weights)) + 1,
        fixed_enterprises: config.enterprisesByRegency[region.code] ?? 0,
      };
    });
}
