/**
 * Runtime schemas for every table of spec/domain.md. Record fields keep the column names of the
 * dataset (snake_case) so that a row read from DuckDB or Parquet is a record as it is; the
 * TypeScript types are inferred from these schemas and defined nowhere else.
 *
 * Dates are ISO `YYYY-MM-DD` strings (they sort as text); money is whole rupiah as a number
 * (exact up to 2^53, far beyond any council's budget).
 */
import { z } from 'zod';
import {
  adoptionStages,
  certifications,
  channels,
  craftCategories,
  exhibitionScales,
  genders,
  practiceCategories,
  programTypes,
  regionLevels,
  sizeClasses,
} from './enums.js';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date `YYYY-MM-DD` in 1900–2100. */
export const isoDate = z
  .string()
  .regex(isoDatePattern, 'expected a date YYYY-MM-DD')
  .refine((value) => {
    const year = Number(value.slice(0, 4));
    if (year < 1900 || year > 2100) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'expected a real date between 1900-01-01 and 2100-12-31');

export const year = z.number().int().min(1900).max(2100);
export const identifier = z.string().trim().min(1);
/** Kemendagri code: `36`, `36.01` or `36.01.05`. */
export const regionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2}(\.\d{2})?)?$/, 'expected a region code such as 36.01');
export const rupiah = z.number().int().min(0);
export const count = z.number().int().min(0);
export const score = z.number().int().min(1).max(5);
export const share = z.number().min(0).max(1);

export const councilSchema = z.object({
  council_id: identifier,
  region_code: regionCode,
  name: z.string().min(1),
});

export const enterpriseSchema = z.object({
  enterprise_id: identifier,
  region_code: regionCode,
  name: z.string().min(1),
  craft_category: z.enum(craftCategories),
  size_class: z.enum(sizeClasses),
  owner_gender: z.enum(genders),
  founded_year: year,
  registered_on: isoDate,
});

/** An artisan as a dataset keeps it: no name, NIK or phone. */
export const artisanSchema = z.object({
  artisan_id: identifier,
  enterprise_id: identifier,
  gender: z.enum(genders),
  birth_year: year,
  registered_on: isoDate,
});

/** An artisan as a council's spreadsheet has it, PII included (used on import only). */
export const artisanInputSchema = artisanSchema.extend({
  full_name: z.string().min(1),
  nik: z.string().regex(/^\d{16}$/, 'a NIK has 16 digits'),
  phone: z.string(),
});

export const programSchema = z.object({
  program_id: identifier,
  council_id: identifier,
  name: z.string().min(1),
  program_type: z.enum(programTypes),
  /** `null`: the program is open to every craft category. */
  craft_category: z.enum(craftCategories).nullable(),
  start_date: isoDate,
  end_date: isoDate,
  target_region_code: regionCode,
  target_participants: count,
  budget_idr: rupiah,
});

export const participationSchema = z.object({
  program_id: identifier,
  artisan_id: identifier,
  enrolled_on: isoDate,
  completed: z.boolean(),
});

export const productSchema = z.object({
  product_id: identifier,
  enterprise_id: identifier,
  name: z.string().min(1),
  craft_category: z.enum(craftCategories),
  unit_price_idr: rupiah,
  local_material_share: share,
  certifications: z.array(z.enum(certifications)),
  channels: z.array(z.enum(channels)),
});

export const assessmentSchema = z.object({
  product_id: identifier,
  assessed_on: isoDate,
  assessor_council_id: identifier,
  design: score,
  craftsmanship: score,
  material: score,
  packaging: score,
  market_readiness: score,
});

export const practiceSchema = z.object({
  practice_id: identifier,
  name: z.string().min(1),
  practice_category: z.enum(practiceCategories),
  origin_council_id: identifier,
});

export const studyVisitSchema = z.object({
  visit_id: identifier,
  visiting_council_id: identifier,
  host_council_id: identifier,
  visit_date: isoDate,
  delegation_size: z.number().int().min(1),
  practice_ids: z.array(identifier),
});

export const adoptionSchema = z.object({
  council_id: identifier,
  practice_id: identifier,
  adopted_on: isoDate,
  source_visit_id: identifier.nullable(),
  stage: z.enum(adoptionStages),
});

export const exhibitionSchema = z.object({
  exhibition_id: identifier,
  name: z.string().min(1),
  start_date: isoDate,
  end_date: isoDate,
  region_code: regionCode,
  scale: z.enum(exhibitionScales),
  organizer_council_ids: z.array(identifier).min(1),
});

export const exhibitorSchema = z.object({
  exhibition_id: identifier,
  enterprise_id: identifier,
  sales_idr: rupiah,
  transactions: count,
  buyer_leads: count,
});

export const outcomeSchema = z.object({
  enterprise_id: identifier,
  year,
  revenue_idr: rupiah,
  employees: count,
  units_sold: count,
});

/** A row of the region reference (`regions.parquet`). */
export const regionSchema = z.object({
  code: regionCode,
  name: z.string().min(1),
  level: z.enum(regionLevels),
  parent_code: regionCode.nullable(),
});

export type Council = z.infer<typeof councilSchema>;
export type Enterprise = z.infer<typeof enterpriseSchema>;
export type Artisan = z.infer<typeof artisanSchema>;
export type ArtisanInput = z.infer<typeof artisanInputSchema>;
export type Program = z.infer<typeof programSchema>;
export type Participation = z.infer<typeof participationSchema>;
export type Product = z.infer<typeof productSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
export type Practice = z.infer<typeof practiceSchema>;
export type StudyVisit = z.infer<typeof studyVisitSchema>;
export type Adoption = z.infer<typeof adoptionSchema>;
export type Exhibition = z.infer<typeof exhibitionSchema>;
export type Exhibitor = z.infer<typeof exhibitorSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;
export type Region = z.infer<typeof regionSchema>;

/** The schema of each dataset table, by table name. */
export const tableSchemas = {
  councils: councilSchema,
  enterprises: enterpriseSchema,
  artisans: artisanSchema,
  programs: programSchema,
  participations: participationSchema,
  products: productSchema,
  assessments: assessmentSchema,
  practices: practiceSchema,
  study_visits: studyVisitSchema,
  adoptions: adoptionSchema,
  exhibitions: exhibitionSchema,
  exhibitors: exhibitorSchema,
  outcomes: outcomeSchema,
} as const;

/** Every table of a dataset in memory: what the TypeScript metric functions take. */
export interface Dataset {
  councils: readonly Council[];
  enterprises: readonly Enterprise[];
  artisans: readonly Artisan[];
  programs: readonly Program[];
  participations: readonly Participation[];
  products: readonly Product[];
  assessments: readonly Assessment[];
  practices: readonly Practice[];
  study_visits: readonly StudyVisit[];
  adoptions: readonly Adoption[];
  exhibitions: readonly Exhibition[];
  exhibitors: readonly Exhibitor[];
  outcomes: readonly Outcome[];
}
