/**
 * The effects `generate` plants, with their true values, so that tests and readers can check
 * that each metric of spec/metrics.md recovers them. See README.md for how each is planted.
 *
 *     plantedEffects.coachingRevenue.multiplier // 1.12
 */
export const plantedEffects = {
  /**
   * Revenue of an enterprise is multiplied by 1.12 from the year after its first participation on
   * (a lasting level shift), so impact's did recovers ln(1.12) ≈ 0.1133 and effect_pct ≈ 12.
   */
  coachingRevenue: { multiplier: 1.12, did: Math.log(1.12), effectPct: 12, lagYears: 1 },
  /** Kabupaten Tangerang makes the strongest products (highest PCI) and hosts most study visits. */
  strongestRegion: { regionCode: '36.03', councilId: 'DKR-36.03', qualityBoost: 0.9 },
  /**
   * About 40% of the (visiting council, practice) pairs shown on a study visit are adopted
   * (stage adopted, some later institutionalized) 2–8 months (61–243 days) after the earliest visit.
   */
  practiceAdoption: { rate: 0.4, minLagDays: 61, maxLagDays: 243 },
  /** Women are under-reached: share of reached artisans that are women / share of eligible ≈ 0.8. */
  femaleRepresentation: { value: 0.8 },
} as const;
