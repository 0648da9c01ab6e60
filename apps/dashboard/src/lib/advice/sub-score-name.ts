import type { Lang } from '@anyam/core';
import { tPage, type PageKey } from '$lib/i18n/dictionary-pages.js';
import type { SubScoreField } from '$lib/server/councils/sub-scores-of-region.js';

const keys: Record<SubScoreField, PageKey> = {
  design: 'subDesign',
  craftsmanship: 'subCraftsmanship',
  packaging: 'subPackaging',
  material: 'subMaterial',
  local_material_share: 'subLocalMaterialShare',
  market_readiness: 'subMarketReadiness',
  channels: 'subChannels',
  certifications: 'subCertifications',
};

/**
 * A sub-score's plain name in `lang`.
 *
 *     subScoreName('packaging', 'id') // 'Kemasan'
 *     subScoreName('packaging', 'en') // 'Packaging'
 */
export function subScoreName(field: SubScoreField, lang: Lang): string {
  return tPage(lang, keys[field]);
}
