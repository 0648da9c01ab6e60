/**
 * The scales `generate` knows. Banten is the demo dataset (about 3,000 enterprises and 9,000
 * artisans); national covers every regency and city of idn-area-data with well over a million
 * artisans and ten million participations, to exercise the dataset's size limits; nationwide has
 * national's regions and all 552 councils with about 20 enterprises per regency, so that tests can
 * look at the whole country in seconds.
 */
export type Scale = 'banten' | 'national' | 'nationwide';
export const scaleNames: readonly Scale[] = ['banten', 'national', 'nationwide'];

export interface ScaleConfig {
  readonly scale: Scale;
  /** Provinces in scope (Kemendagri codes); `null`: every province. */
  readonly provinces: readonly string[] | null;
  /** Enterprises per regency where fixed (Banten's eight). */
  readonly enterprisesByRegency: Readonly<Record<string, number>>;
  /** Mean enterprises per regency elsewhere (each regency gets 55%–145% of it). */
  readonly meanEnterprisesPerRegency: number;
  /** A reached artisan joins 1..this many programs in a year. */
  readonly maxProgramsPerArtisanYear: number;
  /** Study visits a regency council makes per year: [low, high]. */
  readonly regencyVisitsPerYear: readonly [number, number];
  /** Share of study visits hosted by Dekranasda Kabupaten Tangerang. */
  readonly tangerangHostShare: number;
  /** Exhibitors at the national (Inacraft) and international (TEI) fairs. */
  readonly nationalFairExhibitors: number;
  /**
   * Whether `artisans` carries synthetic PII (full_name, nik, phone) for the import round trip.
   * Off at national scale, where it would only cost memory: a dataset never keeps it.
   */
  readonly withPii: boolean;
}

export const scales: Readonly<Record<Scale, ScaleConfig>> = {
  banten: {
    scale: 'banten',
    provinces: ['36'],
    enterprisesByRegency: {
      '36.01': 380,
      '36.02': 420,
      '36.03': 560,
      '36.04': 420,
      '36.71': 380,
      '36.72': 200,
      '36.73': 340,
      '36.74': 300,
    },
    meanEnterprisesPerRegency: 375,
    maxProgramsPerArtisanYear: 4,
    regencyVisitsPerYear: [1, 4],
    tangerangHostShare: 0.45,
    nationalFairExhibitors: 40,
    withPii: true,
  },
  national: {
    scale: 'national',
    provinces: null,
    enterprisesByRegency: {},
    meanEnterprisesPerRegency: 1200,
    maxProgramsPerArtisanYear: 9,
    regencyVisitsPerYear: [0, 2],
    tangerangHostShare: 0.12,
    nationalFairExhibitors: 600,
    withPii: false,
  },
  nationwide: {
    scale: 'nationwide',
    provinces: null,
    enterprisesByRegency: {},
    meanEnterprisesPerRegency: 20,
    maxProgramsPerArtisanYear: 3,
    // A few visits per council and year, so that every province has links to aggregate.
    regencyVisitsPerYear: [1, 3],
    tangerangHostShare: 0.12,
    nationalFairExhibitors: 60,
    withPii: false,
  },
};

/** Years generated when the caller gives none. */
export const defaultFromYear = 2021;
export const defaultToYear = 2025;
