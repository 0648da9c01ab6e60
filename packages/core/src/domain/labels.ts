/**
 * Indonesian and English labels for every enumeration value. The import also accepts the
 * Indonesian labels (in any letter case) as input, so `aliases` lists the other words a council
 * may type for a value.
 */
import type { EnumerationName, enumerations } from './enums.js';

export type Lang = 'id' | 'en';
export const langs: readonly Lang[] = ['id', 'en'];

type Labels<N extends EnumerationName> = Record<
  (typeof enumerations)[N][number],
  { id: string; en: string; aliases?: readonly string[] }
>;

export const labels: { [N in EnumerationName]: Labels<N> } = {
  craft_category: {
    batik: { id: 'Batik', en: 'Batik' },
    woven_textile: { id: 'Tenun', en: 'Woven textile', aliases: ['kain tenun'] },
    plaited: { id: 'Anyaman', en: 'Plaited (bamboo, pandan, rattan)', aliases: ['anyam'] },
    woodcraft: { id: 'Kayu', en: 'Woodcraft', aliases: ['kerajinan kayu', 'ukiran'] },
    pottery: { id: 'Gerabah', en: 'Pottery', aliases: ['keramik', 'tembikar'] },
    metalcraft: { id: 'Logam', en: 'Metalcraft', aliases: ['golok', 'kerajinan logam'] },
    leather: { id: 'Kulit', en: 'Leather', aliases: ['kerajinan kulit'] },
    accessories: { id: 'Aksesoris', en: 'Accessories', aliases: ['perhiasan', 'aksesori'] },
    other: { id: 'Lainnya', en: 'Other', aliases: ['lain-lain'] },
  },
  size_class: {
    micro: { id: 'Mikro', en: 'Micro', aliases: ['usaha mikro'] },
    small: { id: 'Kecil', en: 'Small', aliases: ['usaha kecil'] },
    medium: { id: 'Menengah', en: 'Medium', aliases: ['usaha menengah'] },
  },
  gender: {
    F: { id: 'Perempuan', en: 'Female', aliases: ['P', 'wanita', 'female'] },
    M: { id: 'Laki-laki', en: 'Male', aliases: ['L', 'pria', 'male'] },
  },
  program_type: {
    training: { id: 'Pelatihan', en: 'Training' },
    mentoring: { id: 'Pendampingan', en: 'Mentoring' },
    product_development: { id: 'Pengembangan produk', en: 'Product development' },
    design_clinic: { id: 'Klinik desain', en: 'Design clinic' },
    marketing: { id: 'Pemasaran', en: 'Marketing' },
    certification: { id: 'Sertifikasi', en: 'Certification' },
    capital_access: { id: 'Akses permodalan', en: 'Access to capital', aliases: ['permodalan'] },
    digital_onboarding: { id: 'Digitalisasi', en: 'Digital onboarding', aliases: ['go digital'] },
    exhibition: { id: 'Pameran', en: 'Exhibition' },
  },
  certification: {
    sni: { id: 'SNI', en: 'SNI (national standard)' },
    halal: { id: 'Halal', en: 'Halal' },
    trademark: { id: 'Merek', en: 'Trademark', aliases: ['hak merek', 'haki'] },
    geographical_indication: {
      id: 'Indikasi geografis',
      en: 'Geographical indication',
      aliases: ['ig'],
    },
  },
  channel: {
    local: { id: 'Lokal', en: 'Local' },
    regional: { id: 'Regional', en: 'Regional' },
    national: { id: 'Nasional', en: 'National' },
    export: { id: 'Ekspor', en: 'Export' },
    ecommerce: { id: 'E-commerce', en: 'E-commerce', aliases: ['marketplace', 'daring', 'online'] },
  },
  adoption_stage: {
    planned: { id: 'Direncanakan', en: 'Planned', aliases: ['rencana'] },
    piloted: { id: 'Diujicobakan', en: 'Piloted', aliases: ['uji coba'] },
    adopted: { id: 'Diadopsi', en: 'Adopted', aliases: ['diterapkan'] },
    institutionalized: { id: 'Melembaga', en: 'Institutionalized', aliases: ['dilembagakan'] },
  },
  practice_category: {
    product_development: { id: 'Pengembangan produk', en: 'Product development' },
    design: { id: 'Desain', en: 'Design' },
    materials: { id: 'Bahan baku', en: 'Materials', aliases: ['bahan'] },
    marketing: { id: 'Pemasaran', en: 'Marketing' },
    institutional: { id: 'Kelembagaan', en: 'Institutional' },
  },
  exhibition_scale: {
    local: { id: 'Lokal', en: 'Local' },
    provincial: { id: 'Provinsi', en: 'Provincial' },
    national: { id: 'Nasional', en: 'National' },
    international: { id: 'Internasional', en: 'International' },
  },
  region_level: {
    province: { id: 'Provinsi', en: 'Province' },
    regency: { id: 'Kabupaten/Kota', en: 'Regency/City' },
    district: { id: 'Kecamatan', en: 'District' },
  },
  pci_dimension: {
    quality: { id: 'Kualitas', en: 'Quality' },
    materials: { id: 'Bahan', en: 'Materials' },
    market: { id: 'Pasar', en: 'Market' },
    compliance: { id: 'Kepatuhan', en: 'Compliance' },
  },
};

/**
 * The label of an enumeration value in a language.
 *
 *     label('craft_category', 'woven_textile', 'id') // 'Tenun'
 *     label('craft_category', 'woven_textile', 'en') // 'Woven textile'
 */
export function label<N extends EnumerationName>(
  enumeration: N,
  value: (typeof enumerations)[N][number],
  lang: Lang,
): string {
  const entry = (labels[enumeration] as Record<string, { id: string; en: string }>)[value];
  return entry ? entry[lang] : String(value);
}
