/**
 * The vocabulary that makes a synthetic dataset read like a council's records: which crafts each
 * region is known for, Indonesian names of enterprises, products, programs and practices, and
 * rupiah price ranges per craft. Every list is indexed in SQL by the position of a category in
 * core's `craftCategories` (1-based), so the order here follows that tuple.
 */
import { craftCategories, programTypes, type CraftCategory, type ProgramType } from '@anyam/core';

type Weights = Readonly<Partial<Record<CraftCategory, number>>>;

/** Crafts of Banten's regencies and cities (weights, not shares), after their known centres. */
export const bantenCraftProfiles: Readonly<Record<string, Weights>> = {
  // Pandeglang: anyaman pandan and bamboo, Batik Pandeglang, woodcraft, golok smiths.
  '36.01': {
    plaited: 30,
    woodcraft: 15,
    batik: 15,
    metalcraft: 12,
    accessories: 8,
    pottery: 5,
    woven_textile: 3,
    leather: 2,
    other: 10,
  },
  // Lebak: tenun Baduy, koja and jarog bags of bark fibre, golok Baduy.
  '36.02': {
    woven_textile: 40,
    plaited: 20,
    woodcraft: 12,
    metalcraft: 8,
    batik: 6,
    accessories: 6,
    other: 8,
  },
  // Kabupaten Tangerang: the bamboo hats and anyaman of Tangerang, Batik Tangerang, gerabah.
  '36.03': {
    plaited: 35,
    batik: 15,
    pottery: 10,
    leather: 10,
    accessories: 10,
    woodcraft: 8,
    other: 12,
  },
  // Kabupaten Serang: golok Ciomas, gerabah Bumijaya (Ciruas), Batik Banten.
  '36.04': { metalcraft: 30, pottery: 20, batik: 15, plaited: 12, woodcraft: 8, other: 15 },
  // Kota Tangerang: leather and fashion accessories of the city's workshops.
  '36.71': {
    accessories: 25,
    leather: 20,
    batik: 15,
    other: 20,
    woodcraft: 5,
    plaited: 5,
    woven_textile: 5,
    pottery: 5,
  },
  // Cilegon: Batik Krakatau and the metalwork of an industrial city.
  '36.72': {
    batik: 30,
    metalcraft: 20,
    accessories: 15,
    other: 20,
    plaited: 5,
    woodcraft: 5,
    leather: 5,
  },
  // Kota Serang: Batik Banten of Kasemen and Banten Lama, gerabah.
  '36.73': { batik: 40, pottery: 15, accessories: 15, plaited: 10, woodcraft: 5, other: 15 },
  // Tangerang Selatan: accessories and leather for the Jakarta market.
  '36.74': { accessories: 30, leather: 15, batik: 15, woodcraft: 10, other: 25, plaited: 5 },
};

const genericWeights: Weights = {
  batik: 10,
  woven_textile: 8,
  plaited: 18,
  woodcraft: 16,
  pottery: 8,
  metalcraft: 6,
  leather: 5,
  accessories: 14,
  other: 15,
};

/** The craft each province is best known for (songket, ulos, tapis, Jepara carving, noken, ...). */
const provinceSpecialties: Readonly<Record<string, readonly CraftCategory[]>> = {
  '11': ['woven_textile'],
  '12': ['woven_textile'],
  '13': ['woven_textile'],
  '14': ['woven_textile'],
  '15': ['batik'],
  '16': ['woven_textile'],
  '17': ['batik'],
  '18': ['woven_textile'],
  '19': ['woven_textile'],
  '21': ['plaited'],
  '31': ['accessories', 'batik'],
  '32': ['plaited', 'batik'],
  '33': ['batik', 'woodcraft'],
  '34': ['batik', 'leather'],
  '35': ['batik', 'leather'],
  '51': ['woodcraft', 'accessories'],
  '52': ['woven_textile', 'pottery'],
  '53': ['woven_textile'],
  '61': ['woven_textile', 'plaited'],
  '62': ['plaited'],
  '63': ['batik'],
  '64': ['accessories'],
  '65': ['accessories'],
  '71': ['woodcraft'],
  '72': ['woven_textile'],
  '73': ['woven_textile'],
  '74': ['woven_textile'],
  '75': ['other'],
  '76': ['woven_textile'],
  '81': ['accessories'],
  '82': ['woodcraft'],
  '91': ['plaited', 'woodcraft'],
  '92': ['plaited'],
  '93': ['woodcraft'],
  '94': ['plaited'],
  '95': ['plaited'],
  '96': ['plaited'],
};

/**
 * The craft weights of a regency, in `craftCategories` order: Banten's own profiles, elsewhere a
 * generic mix with the province's specialty added.
 *
 *     craftWeights('36.02')[1] // 40 (woven_textile in Lebak)
 */
export function craftWeights(regencyCode: string): number[] {
  const banten = bantenCraftProfiles[regencyCode];
  if (banten) return craftCategories.map((category) => banten[category] ?? 0);
  const specialties = provinceSpecialties[regencyCode.slice(0, 2)] ?? [];
  return craftCategories.map(
    (category) => (genericWeights[category] ?? 0) + (specialties.includes(category) ? 30 : 0),
  );
}

/** Share of women among a category's artisans (batik, tenun and anyaman are mostly women's work). */
export const femaleShareByCategory: Readonly<Record<CraftCategory, number>> = {
  batik: 0.68,
  woven_textile: 0.85,
  plaited: 0.72,
  woodcraft: 0.15,
  pottery: 0.5,
  metalcraft: 0.08,
  leather: 0.35,
  accessories: 0.75,
  other: 0.55,
};

/** Unit price range in rupiah (log-uniform between the two) per category. */
export const priceRangeByCategory: Readonly<Record<CraftCategory, readonly [number, number]>> = {
  batik: [150_000, 2_500_000],
  woven_textile: [200_000, 2_500_000],
  plaited: [25_000, 500_000],
  woodcraft: [50_000, 2_000_000],
  pottery: [25_000, 400_000],
  metalcraft: [100_000, 1_500_000],
  leather: [100_000, 1_500_000],
  accessories: [25_000, 500_000],
  other: [25_000, 300_000],
};

/** Typical share of local raw material per category (imported cotton cloth lowers batik's). */
export const localMaterialByCategory: Readonly<Record<CraftCategory, number>> = {
  batik: 0.55,
  woven_textile: 0.75,
  plaited: 0.9,
  woodcraft: 0.85,
  pottery: 0.95,
  metalcraft: 0.6,
  leather: 0.5,
  accessories: 0.55,
  other: 0.7,
};

/** The craft word in an enterprise's name. */
export const enterpriseCraftWords: Readonly<Record<CraftCategory, readonly string[]>> = {
  batik: ['Batik', 'Batik Tulis', 'Batik Cap'],
  woven_textile: ['Tenun', 'Tenun Ikat', 'Kain Tenun'],
  plaited: ['Anyaman', 'Anyaman Bambu', 'Anyaman Pandan'],
  woodcraft: ['Kriya Kayu', 'Ukir Kayu', 'Mebel Ukir'],
  pottery: ['Gerabah', 'Keramik', 'Gerabah Hias'],
  metalcraft: ['Golok', 'Pandai Besi', 'Logam'],
  leather: ['Kulit', 'Kerajinan Kulit', 'Tas Kulit'],
  accessories: ['Aksesoris', 'Manik', 'Perhiasan'],
  other: ['Kriya', 'Souvenir', 'Cinderamata'],
};

/** Legal or customary prefixes, by size class (a medium enterprise is a CV or PT). */
export const enterprisePrefixes = {
  micro: ['UD', 'Sanggar', 'Rumah', 'Kelompok', 'KUB', 'Galeri'],
  small: ['UD', 'CV', 'Sanggar', 'Galeri'],
  medium: ['CV', 'PT'],
} as const;

export const enterpriseFirstWords = [
  'Sari',
  'Mekar',
  'Sinar',
  'Cahaya',
  'Karya',
  'Putra',
  'Putri',
  'Dewi',
  'Tunas',
  'Mutiara',
  'Bintang',
  'Citra',
  'Surya',
  'Wijaya',
  'Kencana',
  'Melati',
  'Kenanga',
  'Cempaka',
  'Anggrek',
  'Mawar',
  'Berkah',
  'Barokah',
  'Harapan',
  'Rahayu',
  'Lestari',
  'Mandiri',
  'Usaha',
  'Griya',
  'Nusa',
  'Bumi',
] as const;

export const enterpriseSecondWords = [
  'Mulya',
  'Jaya',
  'Abadi',
  'Lestari',
  'Mandiri',
  'Sejati',
  'Utama',
  'Sentosa',
  'Makmur',
  'Indah',
  'Bersama',
  'Rahayu',
  'Sejahtera',
  'Asri',
  'Wangi',
  'Kencana',
  'Baru',
  'Agung',
  'Perkasa',
  'Nusantara',
] as const;

/** Landmarks for short names such as "Batik Krakatau" or "Tenun Baduy". */
export const enterpriseLandmarks = [
  'Krakatau',
  'Baduy',
  'Ujung Kulon',
  'Karang Bolong',
  'Surosowan',
  'Kaibon',
  'Anyer',
  'Carita',
  'Sawarna',
  'Cisadane',
  'Cibeo',
  'Pulau Dua',
  'Nusantara',
  'Khatulistiwa',
  'Bahari',
  'Rinjani',
  'Merapi',
  'Toba',
  'Mahakam',
  'Bunaken',
] as const;

/** Product nouns per category; a product name is a noun and a descriptor. */
export const productNouns: Readonly<Record<CraftCategory, readonly string[]>> = {
  batik: ['Kain Batik Tulis', 'Kain Batik Cap', 'Kemeja Batik', 'Selendang Batik', 'Syal Batik'],
  woven_textile: [
    'Kain Tenun',
    'Selendang Tenun',
    'Sarung Tenun',
    'Ikat Kepala Tenun',
    'Tas Tenun',
  ],
  plaited: [
    'Tas Anyaman Pandan',
    'Topi Bambu',
    'Tikar Pandan',
    'Keranjang Rotan',
    'Koja',
    'Tudung Saji Bambu',
  ],
  woodcraft: [
    'Ukiran Kayu',
    'Talenan Kayu',
    'Miniatur Rumah Adat',
    'Kotak Perhiasan Kayu',
    'Hiasan Dinding Kayu',
  ],
  pottery: ['Gerabah Hias', 'Kendi', 'Pot Tanah Liat', 'Celengan Gerabah', 'Vas Keramik'],
  metalcraft: ['Golok', 'Pisau Dapur', 'Kujang', 'Sarung Golok Ukir', 'Gantungan Kunci Logam'],
  leather: ['Tas Kulit', 'Dompet Kulit', 'Sepatu Kulit', 'Ikat Pinggang Kulit', 'Sandal Kulit'],
  accessories: ['Gelang Manik', 'Kalung Manik', 'Bros', 'Anting', 'Cincin Perak'],
  other: ['Hiasan Dinding', 'Lampu Hias', 'Souvenir Miniatur', 'Bingkai Foto', 'Tempat Tisu'],
};

/** Descriptors: Batik Banten motifs, fibres, finishes. */
export const productDescriptors: Readonly<Record<CraftCategory, readonly string[]>> = {
  batik: [
    'Motif Datulaya',
    'Motif Pamaranggen',
    'Motif Sabakingking',
    'Motif Surosowan',
    'Motif Kapurban',
    'Motif Srimanganti',
    'Pewarna Alami',
  ],
  woven_textile: [
    'Suat Songket',
    'Motif Poleng',
    'Pewarna Alami',
    'Benang Kapas',
    'Motif Adu Mancung',
  ],
  plaited: ['Natural', 'Motif Kotak', 'Warna Alam', 'Anyam Halus', 'Ukuran Besar'],
  woodcraft: ['Kayu Jati', 'Kayu Mahoni', 'Ukir Halus', 'Finishing Natural'],
  pottery: ['Glasir', 'Motif Banten Lama', 'Tanah Liat Merah', 'Lukis Tangan'],
  metalcraft: ['Ciomas', 'Baja Per', 'Gagang Tanduk', 'Ukir Perak'],
  leather: ['Kulit Sapi', 'Kulit Domba', 'Jahit Tangan', 'Motif Batik'],
  accessories: ['Manik Kaca', 'Perak', 'Mutiara Air Tawar', 'Motif Etnik'],
  other: ['Khas Daerah', 'Daur Ulang', 'Edisi Pameran'],
};

/** Program name stems per program type, in `programTypes` order. */
export const programStems: Readonly<Record<ProgramType, readonly string[]>> = {
  training: [
    'Pelatihan Pewarnaan Alami',
    'Pelatihan Desain Motif',
    'Pelatihan Teknik Produksi',
    'Pelatihan Finishing Produk',
    'Bimbingan Teknis Kriya',
  ],
  mentoring: [
    'Pendampingan Usaha Pengrajin',
    'Pendampingan Manajemen Usaha',
    'Pendampingan Pembukuan Sederhana',
    'Mentoring Wirausaha Kriya',
  ],
  product_development: [
    'Pengembangan Produk Unggulan',
    'Kurasi dan Pengembangan Produk',
    'Diversifikasi Produk',
    'Pengembangan Produk Turunan',
  ],
  design_clinic: ['Klinik Desain Kemasan', 'Klinik Desain Produk', 'Klinik Merek dan Label'],
  marketing: ['Temu Bisnis dan Pemasaran', 'Pelatihan Fotografi Produk', 'Penguatan Akses Pasar'],
  certification: [
    'Fasilitasi Sertifikasi Halal',
    'Fasilitasi Pendaftaran Merek',
    'Pendampingan SNI',
    'Fasilitasi HKI',
  ],
  capital_access: [
    'Temu Akses Permodalan KUR',
    'Sosialisasi Akses Pembiayaan',
    'Literasi Keuangan Pengrajin',
  ],
  digital_onboarding: [
    'Onboarding Marketplace',
    'Pelatihan Pemasaran Digital',
    'Go Digital UMKM Kriya',
    'Pelatihan Toko Daring',
  ],
  exhibition: [
    'Fasilitasi Pameran',
    'Persiapan Pameran dan Display Produk',
    'Kurasi Peserta Pameran',
  ],
};

/** How often each program type runs (training dominates council calendars). */
export const programTypeWeights: Readonly<Record<ProgramType, number>> = {
  training: 30,
  mentoring: 12,
  product_development: 12,
  design_clinic: 8,
  marketing: 10,
  certification: 8,
  capital_access: 5,
  digital_onboarding: 10,
  exhibition: 5,
};

/** Cost per participant in rupiah [low, high] and duration in days [low, high], per type. */
export const programCosts: Readonly<
  Record<ProgramType, { perHead: readonly [number, number]; days: readonly [number, number] }>
> = {
  training: { perHead: [1_500_000, 3_500_000], days: [2, 5] },
  mentoring: { perHead: [2_000_000, 6_000_000], days: [30, 120] },
  product_development: { perHead: [3_000_000, 8_000_000], days: [14, 60] },
  design_clinic: { perHead: [500_000, 1_500_000], days: [1, 3] },
  marketing: { perHead: [2_000_000, 5_000_000], days: [7, 30] },
  certification: { perHead: [2_000_000, 5_000_000], days: [30, 90] },
  capital_access: { perHead: [500_000, 1_000_000], days: [1, 14] },
  digital_onboarding: { perHead: [500_000, 1_500_000], days: [3, 10] },
  exhibition: { perHead: [5_000_000, 15_000_000], days: [3, 7] },
};

/** Good practices councils show each other, per practice category. */
export const practiceNames = {
  product_development: [
    'Rumah Kurasi Produk Unggulan',
    'Pengembangan Motif Khas Daerah',
    'Diversifikasi Produk Turunan',
    'Inkubasi Produk Bersama Desainer',
  ],
  design: [
    'Klinik Desain Kemasan Terpadu',
    'Standar Label dan Kemasan',
    'Desain Motif Kontemporer',
    'Katalog Desain Bersama',
  ],
  materials: [
    'Pewarnaan Alami dari Limbah Kayu',
    'Bank Bahan Baku Bambu',
    'Budidaya Pandan dan Serat Lokal',
    'Pengolahan Limbah Kain Perca',
  ],
  marketing: [
    'Galeri Produk di Ruang Publik',
    'Toko Daring Bersama Dekranasda',
    'Kurasi untuk Pasar Ekspor',
    'Pameran Keliling Desa',
  ],
  institutional: [
    'Koperasi Pengrajin',
    'Pendataan Pengrajin Terpadu',
    'Forum Pengrajin Bulanan',
    'Kemitraan CSR dan BUMN',
  ],
} as const;

/** The category index (1-based, as SQL lists use) of each program type and craft category. */
export const programTypeList = programTypes;
export const craftCategoryList = craftCategories;
