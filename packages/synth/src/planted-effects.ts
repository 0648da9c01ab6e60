/**
 * The effects `generate` plants, with their true values, so that tests and readers can check
 * that each metric of spec/metrics.md recovers them. See README.md for how each is planted.
 *
 *     plantedEffects.coachingRevenue.multiplier // 1.12
 */
export const plantedEffects = {
  /**
   * Coaching builds revenue over time: an enterprise's revenue is multiplied by 1.04 in the year
   * of its first participation, 1.12 the year after and 1.16 from two years after on
   * (`byYearsSince[e]`, the last value kept), never before. Impact (t+1 against t-1) recovers
   * ln(1.12) ≈ 0.1133, effect_pct ≈ 12; the event study ln(1.04), ln(1.12), ln(1.16) at e = 0, 1, 2+.
   */
  coachingRevenue: {
    byYearsSince: [1.04, 1.12, 1.16],
    multiplier: 1.12,
    did: Math.log(1.12),
    effectPct: 12,
    lagYears: 1,
  },
  /**
   * A smaller effect on employees: from the year after its first participation on, one coached
   * enterprise in five (drawn once per enterprise) employs one person more, within its size
   * class's BPS band (micro ≤ 4, so enterprises already at 4 gain nothing).
   */
  coachingEmployees: { hireShare: 0.2, extraEmployees: 1, lagYears: 1 },
  /**
   * A study visit whose practice the visiting regency council adopts raises the matching score by
   * one point (capped at 5) in the assessments of its regency's products in the calendar year
   * after the pair's earliest visit (a one-year gain: later visits can show theirs instead of
   * saturating the scores): `design` → design (PCI quality), `product_development` →
   * craftsmanship (quality), `materials` → material (materials), `marketing` → market readiness
   * (market). A point is +2.1 PCI points on a quality score and +3.1 on materials or market,
   * less where a score is already 5. Province councils' adoptions raise nothing.
   */
  visitPciBoost: {
    scoreByCategory: {
      design: 'design',
      product_development: 'craftsmanship',
      materials: 'material',
      marketing: 'market_readiness',
    },
    points: 1,
    lagYears: 1,
  },
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
