import type { PciWeighting } from './pci.js';

/**
 * The SQL expression of `pci` over columns `quality`, `materials`, `market`, `compliance` and the
 * bound weights `$w_quality`, `$w_materials`, `$w_market`, `$w_compliance`. Same operations in the
 * same order as the TypeScript, so both engines agree to the last bits.
 *
 *     pciSql('arithmetic')
 *     // '100 * ($w_quality * quality + $w_materials * materials + ...)'
 */
export function pciSql(weighting: PciWeighting): string {
  if (weighting === 'geometric') {
    return `100 * exp($w_quality * ln(greatest(quality, 0.01::DOUBLE)) + $w_materials * ln(greatest(materials, 0.01::DOUBLE)) + $w_market * ln(greatest(market, 0.01::DOUBLE)) + $w_compliance * ln(greatest(compliance, 0.01::DOUBLE)))`;
  }
  return '100 * ($w_quality * quality + $w_materials * materials + $w_market * market + $w_compliance * compliance)';
}
