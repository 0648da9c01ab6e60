/**
 * What each table and column of a dataset means, in Indonesian (`id`) and English (`en`), with its
 * unit or allowed values where it has them: the one data dictionary. Names, types, keys and
 * partitions come from `tables.ts` and `dataset-tables.ts`; only the meaning lives here.
 * `data/README.md`'s tables, `data/schema.sql`'s comments and the dashboard's /data page are
 * generated from it (`node packages/core/scripts/data-dictionary.mjs`).
 *
 *     dataDictionary.outcomes.columns.revenue_idr
 *     // { id: 'Omzet setahun', en: 'Revenue in the year', unit: 'Rp' }
 */
import type { DatasetTableName } from './dataset-tables.js';

export interface DictionaryEntry {
  readonly id: string;
  readonly en: string;
  /** Unit or allowed values, the same in both languages. */
  readonly unit?: string;
}

export interface TableDictionary {
  readonly table: DictionaryEntry;
  /** Every column of the table, its PII columns and the view's partition `year` included. */
  readonly columns: Readonly<Record<string, DictionaryEntry>>;
}

const date = 'YYYY-MM-DD';
const people = 'orang / people';
const partitionYear = (of: string): DictionaryEntry => ({
  id: `Tahun ${of} (partisi Hive): filter pada year hanya membaca berkas tahun itu`,
  en: `Year of ${of} (the Hive partition): a filter on year reads only that year's files`,
  unit: 'YYYY',
});

export const dataDictionary: Readonly<Record<DatasetTableName, TableDictionary>> = {
  councils: {
    table: {
      id: 'Dekranasda (dewan kerajinan daerah) provinsi, kabupaten dan kota',
      en: 'Regional craft councils (Dekranasda) of the province, regencies and cities',
    },
    columns: {
      council_id: { id: 'Kode Dekranasda', en: 'Council id' },
      region_code: {
        id: 'Kode wilayah Kemendagri tempat dewan berada: 36 untuk Dekranasda provinsi, 36.03 untuk kabupaten atau kota',
        en: 'Kemendagri code of the council’s region: 36 for the provincial council, 36.03 for a regency’s',
        unit: '36, 36.03',
      },
      name: {
        id: 'Nama Dekranasda, mis. Dekranasda Kabupaten Tangerang',
        en: 'Council name, e.g. Dekranasda Kabupaten Tangerang',
      },
    },
  },
  enterprises: {
    table: {
      id: 'UMKM kriya yang terdaftar pada Dekranasda',
      en: 'Craft micro, small and medium enterprises (UMKM) registered with a council',
    },
    columns: {
      enterprise_id: { id: 'Kode UMKM', en: 'Enterprise id' },
      region_code: {
        id: 'Kode wilayah usaha (kabupaten/kota atau kecamatan)',
        en: 'Where the enterprise is (regency or district code)',
        unit: '36.03, 36.03.05',
      },
      name: { id: 'Nama usaha', en: 'Business name' },
      craft_category: {
        id: 'Kategori kriya (woven_textile: tenun, plaited: anyaman, pottery: gerabah, metalcraft: logam, golok)',
        en: 'Craft category (woven_textile: tenun, plaited: anyaman, pottery: gerabah, metalcraft: logam, golok)',
        unit: 'batik, woven_textile, plaited, woodcraft, pottery, metalcraft, leather, accessories, other',
      },
      size_class: {
        id: 'Skala usaha menurut PP 7/2021: omzet setahun sampai Rp2 miliar (mikro), Rp15 miliar (kecil), Rp50 miliar (menengah)',
        en: 'Size class by PP 7/2021: annual revenue up to Rp2 billion (micro), Rp15 billion (small), Rp50 billion (medium)',
        unit: 'micro, small, medium',
      },
      owner_gender: { id: 'Jenis kelamin pemilik', en: 'Owner’s gender', unit: 'F, M' },
      founded_year: { id: 'Tahun berdiri', en: 'Year founded', unit: 'YYYY' },
      registered_on: {
        id: 'Tanggal Dekranasda mendaftarkannya',
        en: 'When the council registered it',
        unit: date,
      },
    },
  },
  artisans: {
    table: {
      id: 'Pengrajin (tanpa nama, NIK atau telepon: data pribadi tidak pernah masuk dataset)',
      en: 'Artisans (no name, NIK or phone: personal data never enters a dataset)',
    },
    columns: {
      artisan_id: { id: 'Kode pengrajin', en: 'Artisan id' },
      enterprise_id: {
        id: 'UMKM tempat pengrajin bekerja; wilayah pengrajin adalah wilayah UMKM ini',
        en: 'The enterprise the artisan works in; the artisan’s region is the enterprise’s',
      },
      full_name: {
        id: 'Nama lengkap: dibaca saat impor untuk menggabungkan pengrajin ganda, tidak pernah ditulis',
        en: 'Full name: read on import to merge duplicate artisans, never written',
      },
      nik: {
        id: 'NIK (nomor induk kependudukan): dibaca saat impor, tidak pernah ditulis',
        en: 'NIK (national identity number): read on import, never written',
      },
      phone: {
        id: 'Nomor telepon: dibaca saat impor, tidak pernah ditulis',
        en: 'Phone number: read on import, never written',
      },
      gender: { id: 'Jenis kelamin', en: 'Gender', unit: 'F, M' },
      birth_year: {
        id: 'Tahun lahir (usia pada tahun Y = Y − birth_year)',
        en: 'Year of birth (age in year Y = Y − birth_year)',
        unit: 'YYYY',
      },
      registered_on: {
        id: 'Tanggal Dekranasda mendaftarkan pengrajin',
        en: 'When the council registered the artisan',
        unit: date,
      },
    },
  },
  programs: {
    table: { id: 'Program pembinaan Dekranasda', en: 'Councils’ coaching programs (pembinaan)' },
    columns: {
      program_id: { id: 'Kode program', en: 'Program id' },
      council_id: { id: 'Dekranasda penyelenggara', en: 'The organising council' },
      name: { id: 'Nama program', en: 'Program name' },
      program_type: {
        id: 'Jenis program',
        en: 'Program type',
        unit: 'training, mentoring, product_development, design_clinic, marketing, certification, capital_access, digital_onboarding, exhibition',
      },
      craft_category: {
        id: 'Kategori kriya sasaran; kosong: terbuka untuk semua kriya',
        en: 'The craft it is for; NULL: open to every craft',
      },
      start_date: { id: 'Tanggal mulai (termasuk)', en: 'First day (included)', unit: date },
      end_date: { id: 'Tanggal selesai (termasuk)', en: 'Last day (included)', unit: date },
      target_region_code: { id: 'Wilayah sasaran', en: 'The region it targets' },
      target_participants: {
        id: 'Target jumlah peserta',
        en: 'Planned number of participants',
        unit: people,
      },
      budget_idr: { id: 'Anggaran', en: 'Budget', unit: 'Rp' },
    },
  },
  participations: {
    table: {
      id: 'Keikutsertaan pengrajin dalam program (dipartisi per tahun)',
      en: 'Artisans’ enrolments in programs (partitioned by year)',
    },
    columns: {
      program_id: { id: 'Program', en: 'The program' },
      artisan_id: { id: 'Pengrajin', en: 'The artisan' },
      enrolled_on: { id: 'Tanggal mendaftar', en: 'Enrolment date', unit: date },
      completed: {
        id: 'Apakah pengrajin menyelesaikan program',
        en: 'Whether the artisan completed the program',
        unit: 'true, false',
      },
      year: partitionYear('enrolled_on'),
    },
  },
  products: {
    table: { id: 'Produk UMKM', en: 'Enterprises’ products' },
    columns: {
      product_id: { id: 'Kode produk', en: 'Product id' },
      enterprise_id: { id: 'UMKM pembuat', en: 'The enterprise that makes it' },
      name: { id: 'Nama produk', en: 'Product name' },
      craft_category: {
        id: 'Kategori kriya produk, seperti pada enterprises',
        en: 'The product’s craft category, as for enterprises',
      },
      unit_price_idr: { id: 'Harga satuan', en: 'Price of one unit', unit: 'Rp' },
      local_material_share: {
        id: 'Porsi bahan baku dari daerah sendiri',
        en: 'Share of materials sourced locally',
        unit: '0–1',
      },
      certifications: {
        id: 'Sertifikasi (nilai yang berulang dihitung sekali)',
        en: 'Certifications (a value repeated counts once)',
        unit: 'sni, halal, trademark, geographical_indication',
      },
      channels: {
        id: 'Saluran pemasaran',
        en: 'Where it sells',
        unit: 'local, regional, national, export, ecommerce',
      },
    },
  },
  assessments: {
    table: {
      id: 'Penilaian kurasi produk oleh Dekranasda (dipartisi per tahun)',
      en: 'A council’s scoring of a product (partitioned by year)',
    },
    columns: {
      product_id: { id: 'Produk yang dinilai', en: 'The product assessed' },
      assessed_on: { id: 'Tanggal penilaian', en: 'Assessment date', unit: date },
      assessor_council_id: { id: 'Dekranasda penilai', en: 'The council that assessed it' },
      design: {
        id: 'Skor desain, 1 (lemah) sampai 5 (kuat)',
        en: 'Design score, 1 (weak) to 5 (strong)',
        unit: '1–5',
      },
      craftsmanship: {
        id: 'Skor kualitas pengerjaan, 1 (lemah) sampai 5 (kuat)',
        en: 'Craftsmanship score, 1 (weak) to 5 (strong)',
        unit: '1–5',
      },
      material: {
        id: 'Skor bahan, 1 (lemah) sampai 5 (kuat)',
        en: 'Material score, 1 (weak) to 5 (strong)',
        unit: '1–5',
      },
      packaging: {
        id: 'Skor kemasan, 1 (lemah) sampai 5 (kuat)',
        en: 'Packaging score, 1 (weak) to 5 (strong)',
        unit: '1–5',
      },
      market_readiness: {
        id: 'Skor kesiapan pasar, 1 (lemah) sampai 5 (kuat)',
        en: 'Market readiness score, 1 (weak) to 5 (strong)',
        unit: '1–5',
      },
      year: partitionYear('assessed_on'),
    },
  },
  practices: {
    table: {
      id: 'Praktik baik yang dapat ditiru Dekranasda lain',
      en: 'Good practices (praktik baik) councils can copy',
    },
    columns: {
      practice_id: { id: 'Kode praktik', en: 'Practice id' },
      name: { id: 'Nama praktik', en: 'What the practice is' },
      practice_category: {
        id: 'Kategori praktik',
        en: 'Practice category',
        unit: 'product_development, design, materials, marketing, institutional',
      },
      origin_council_id: { id: 'Dekranasda asal praktik', en: 'The council where it started' },
    },
  },
  study_visits: {
    table: {
      id: 'Kunjungan studi tiru: satu Dekranasda mengunjungi yang lain untuk belajar',
      en: 'Study visits (studi tiru): one council visits another to learn',
    },
    columns: {
      visit_id: { id: 'Kode kunjungan', en: 'Visit id' },
      visiting_council_id: { id: 'Dekranasda yang berkunjung', en: 'The council that travelled' },
      host_council_id: { id: 'Dekranasda tuan rumah', en: 'The council visited' },
      visit_date: { id: 'Tanggal kunjungan', en: 'Date of the visit', unit: date },
      delegation_size: {
        id: 'Jumlah anggota rombongan',
        en: 'People in the delegation',
        unit: people,
      },
      practice_ids: {
        id: 'Praktik baik yang diperlihatkan saat kunjungan',
        en: 'Practices shown during the visit',
      },
    },
  },
  adoptions: {
    table: {
      id: 'Adopsi praktik baik oleh Dekranasda',
      en: 'A council takes up a practice',
    },
    columns: {
      council_id: { id: 'Dekranasda yang mengadopsi', en: 'The adopting council' },
      practice_id: { id: 'Praktik', en: 'The practice' },
      adopted_on: {
        id: 'Tanggal tahap dicapai',
        en: 'Date the stage was reached',
        unit: date,
      },
      source_visit_id: {
        id: 'Kunjungan studi asal; kosong bila bukan dari kunjungan',
        en: 'The study visit it came from; NULL when not from a visit',
      },
      stage: {
        id: 'Tahap adopsi',
        en: 'Adoption stage',
        unit: 'planned, piloted, adopted, institutionalized',
      },
    },
  },
  exhibitions: {
    table: {
      id: 'Pameran dan pameran bersama',
      en: 'Fairs and joint exhibitions (pameran, pameran bersama)',
    },
    columns: {
      exhibition_id: { id: 'Kode pameran', en: 'Exhibition id' },
      name: {
        id: 'Nama pameran, mis. Inacraft, Pameran Bersama Banten',
        en: 'Exhibition name, e.g. Inacraft, Pameran Bersama Banten',
      },
      start_date: { id: 'Tanggal mulai', en: 'First day', unit: date },
      end_date: { id: 'Tanggal selesai', en: 'Last day', unit: date },
      region_code: { id: 'Wilayah tempat pameran', en: 'Where it is held' },
      scale: {
        id: 'Skala pameran',
        en: 'Scale',
        unit: 'local, provincial, national, international',
      },
      organizer_council_ids: {
        id: 'Dekranasda penyelenggara (dua atau lebih: pameran bersama)',
        en: 'Organising councils (two or more: a joint exhibition)',
      },
    },
  },
  exhibitors: {
    table: {
      id: 'Hasil UMKM di pameran',
      en: 'An enterprise’s results at an exhibition',
    },
    columns: {
      exhibition_id: { id: 'Pameran', en: 'The exhibition' },
      enterprise_id: { id: 'UMKM peserta', en: 'The exhibiting enterprise' },
      sales_idr: { id: 'Penjualan selama pameran', en: 'Sales during the exhibition', unit: 'Rp' },
      transactions: { id: 'Jumlah transaksi penjualan', en: 'Number of sales' },
      buyer_leads: { id: 'Kontak calon pembeli yang didapat', en: 'Buyer contacts collected' },
    },
  },
  outcomes: {
    table: {
      id: 'Kinerja tahunan UMKM (dipartisi per tahun)',
      en: 'Enterprises’ yearly results (partitioned by year)',
    },
    columns: {
      enterprise_id: { id: 'UMKM', en: 'The enterprise' },
      year: {
        id: 'Tahun kinerja (juga partisi Hive)',
        en: 'Year of the results (also the Hive partition)',
        unit: 'YYYY',
      },
      revenue_idr: { id: 'Omzet setahun', en: 'Revenue in the year', unit: 'Rp' },
      employees: { id: 'Jumlah tenaga kerja', en: 'People employed', unit: people },
      units_sold: { id: 'Unit terjual dalam setahun', en: 'Units sold in the year' },
    },
  },
  regions: {
    table: {
      id: 'Referensi wilayah Kemendagri (idn-area-data, ODbL)',
      en: 'The Kemendagri region reference (idn-area-data, ODbL)',
    },
    columns: {
      code: { id: 'Kode wilayah Kemendagri', en: 'Kemendagri code', unit: '36, 36.03, 36.03.05' },
      name: {
        id: 'Nama resmi, mis. Kabupaten Tangerang',
        en: 'Official name, e.g. Kabupaten Tangerang',
      },
      level: {
        id: 'Tingkat: provinsi, kabupaten/kota (regency) atau kecamatan (district)',
        en: 'Level: province, regency (kabupaten or kota) or district (kecamatan)',
        unit: 'province, regency, district',
      },
      parent_code: {
        id: 'Kode wilayah satu tingkat di atasnya; kosong untuk provinsi',
        en: 'The code one level up; NULL for a province',
      },
    },
  },
};
