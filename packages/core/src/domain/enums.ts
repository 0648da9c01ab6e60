/**
 * Every enumeration of the domain (spec/domain.md), as readonly tuples so that a value list,
 * a runtime schema and a TypeScript union come from one definition.
 */
export const craftCategories = [
  'batik',
  'woven_textile',
  'plaited',
  'woodcraft',
  'pottery',
  'metalcraft',
  'leather',
  'accessories',
  'other',
] as const;
export type CraftCategory = (typeof craftCategories)[number];

/** PP 7/2021: annual revenue up to Rp2 billion, Rp15 billion, Rp50 billion. */
export const sizeClasses = ['micro', 'small', 'medium'] as const;
export type SizeClass = (typeof sizeClasses)[number];

export const genders = ['F', 'M'] as const;
export type Gender = (typeof genders)[number];

export const programTypes = [
  'training',
  'mentoring',
  'product_development',
  'design_clinic',
  'marketing',
  'certification',
  'capital_access',
  'digital_onboarding',
  'exhibition',
] as const;
export type ProgramType = (typeof programTypes)[number];

export const certifications = ['sni', 'halal', 'trademark', 'geographical_indication'] as const;
export type Certification = (typeof certifications)[number];

export const channels = ['local', 'regional', 'national', 'export', 'ecommerce'] as const;
export type Channel = (typeof channels)[number];

export const adoptionStages = ['planned', 'piloted', 'adopted', 'institutionalized'] as const;
export type AdoptionStage = (typeof adoptionStages)[number];

export const practiceCategories = [
  'product_development',
  'design',
  'materials',
  'marketing',
  'institutional',
] as const;
export type PracticeCategory = (typeof practiceCategories)[number];

export const exhibitionScales = ['local', 'provincial', 'national', 'international'] as const;
export type ExhibitionScale = (typeof exhibitionScales)[number];

export const regionLevels = ['province', 'regency', 'district'] as const;
export type RegionLevel = (typeof regionLevels)[number];

/** The four PCI dimensions, in the order of the CLI's `--weights Q,M,K,C`. */
export const pciDimensions = ['quality', 'materials', 'market', 'compliance'] as const;
export type PciDimension = (typeof pciDimensions)[number];

/** Every enumeration by name, for labels, validation messages and the import's label matching. */
export const enumerations = {
  craft_category: craftCategories,
  size_class: sizeClasses,
  gender: genders,
  program_type: programTypes,
  certification: certifications,
  channel: channels,
  adoption_stage: adoptionStages,
  practice_category: practiceCategories,
  exhibition_scale: exhibitionScales,
  region_level: regionLevels,
  pci_dimension: pciDimensions,
} as const;
export type EnumerationName = keyof typeof enumerations;
