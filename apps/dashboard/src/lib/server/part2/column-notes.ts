/**
 * What each table and column of a dataset means, in Indonesian and English, with its unit where
 * it has one: the text of the data dictionary on the /data page. Names and types come from
 * @anyam/core's tables.ts (through `viewColumns`); only the meaning lives here.
 */
export interface Note {
  id: string;
  en: string;
  /** Unit or allowed values, the same in both languages. */
  unit?: string;
}

type Notes = Record<string, { table: Note; columns: Record<string, Note> }>;

const year: Note = {
  id: 'Tahun partisi (kunci Hive), untuk memangkas berkas saat memfilter',
  en: 'Partition year (Hive key), for pruning files when filtering',
  unit: 'YYYY',
};

export const columnNotes: Notes = {
  councils: {
    table: {
      id: 'Dekranasda (dewan kerajinan daerah) provinsi, kabupaten dan kota',
      en: 'Regional craft councils (Dekranasda) of the province, regencies and cities',
    },
    columns: {
      council_id: { id: 'Kode Dekranasda', en: 'Council id' },
      region_code: {
        id: 'Kode wilayah Kemendagri tempat dewan berada',
        en: 'Kemendagri code of the council’s region',
        unit: '36, 36.03',
      },
      name: { id: 'Nama Dekranasda', en: 'Council name' },
    },
  },
  enterprises: {
    table: {
      id: 'UMKM kriya yang terdaftar pada Dekranasda',
      en: 'Craft micro, small and medium enterprises registered with a council',
    },
    columns: {
      enterprise_id: { id: 'Kode UMKM', en: 'Enterprise id' },
      region_code: { id: 'Kode wilayah usaha', en: 'Region code of the enterprise' },
      name: { id: 'Nama usaha', en: 'Business name' },
      craft_category: {
        id: 'Kategori kriya',
        en: 'Craft category',
        unit: 'batik, woven_textile, plaited, woodcraft, pottery, metalcraft, leather, accessories, other',
      },
      size_class: {
        id: 'Skala usaha (PP 7/2021)',
        en: 'Size class (PP 7/2021)',
        unit: 'micro, small, medium',
      },
      owner_gender: { id: 'Jenis kelamin pemilik', en: 'Owner’s gender', unit: 'F, M' },
      founded_year: { id: 'Tahun berdiri', en: 'Year founded', unit: 'YYYY' },
      registered_on: { id: 'Tanggal terdaftar', en: 'Date registered', unit: 'YYYY-MM-DD' },
    },
  },
  artisans: {
    table: {
      id: 'Pengrajin (tanpa nama, NIK atau telepon: data pribadi tidak pernah masuk dataset)',
      en: 'Artisans (no name, NIK or phone: personal data never enters a dataset)',
    },
    columns: {
      artisan_id: { id: 'Kode pengrajin', en: 'Artisan id' },
      enterprise_id: { id: 'UMKM tempat pengrajin bekerja', en: 'Enterprise the artisan works in' },
      gender: { id: 'Jenis kelamin', en: 'Gender', unit: 'F, M' },
      birth_year: { id: 'Tahun lahir', en: 'Birth year', unit: 'YYYY' },
      registered_on: { id: 'Tanggal terdaftar', en: 'Date registered', unit: 'YYYY-MM-DD' },
    },
  },
  programs: {
    table: { id: 'Program pembinaan Dekranasda', en: 'Councils’ coaching programs (pembinaan)' },
    columns: {
      program_id: { id: 'Kode program', en: 'Program id' },
      council_id: { id: 'Dekranasda penyelenggara', en: 'Organizing council' },
      name: { id: 'Nama program', en: 'Program name' },
      program_type: {
        id: 'Jenis program',
        en: 'Program type',
        unit: 'training, mentoring, product_development, design_clinic, marketing, certification, capital_access, digital_onboarding, exhibition',
      },
      craft_category: {
        id: 'Kategori kriya sasaran (kosong: semua)',
        en: 'Target craft category (empty: all)',
      },
      start_date: { id: 'Tanggal mulai', en: 'Start date', unit: 'YYYY-MM-DD' },
      end_date: { id: 'Tanggal selesai', en: 'End date', unit: 'YYYY-MM-DD' },
      target_region_code: { id: 'Wilayah sasaran', en: 'Target region code' },
      target_participants: {
        id: 'Target jumlah peserta',
        en: 'Target number of participants',
        unit: 'orang / people',
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
      program_id: { id: 'Program', en: 'Program' },
      artisan_id: { id: 'Pengrajin', en: 'Artisan' },
      enrolled_on: { id: 'Tanggal mendaftar', en: 'Enrolment date', unit: 'YYYY-MM-DD' },
      completed: { id: 'Menyelesaikan program', en: 'Completed the program', unit: 'true/false' },
      year,
    },
  },
  products: {
    table: { id: 'Produk UMKM', en: 'Enterprises’ products' },
    columns: {
      product_id: { id: 'Kode produk', en: 'Product id' },
      enterprise_id: { id: 'UMKM pembuat', en: 'Enterprise that makes it' },
      name: { id: 'Nama produk', en: 'Product name' },
      craft_category: { id: 'Kategori kriya produk', en: 'Product’s craft category' },
      unit_price_idr: { id: 'Harga satuan', en: 'Unit price', unit: 'Rp' },
      local_material_share: {
        id: 'Porsi bahan baku lokal',
        en: 'Share of local materials',
        unit: '0–1',
      },
      certifications: {
        id: 'Sertifikasi',
        en: 'Certifications',
        unit: 'sni, halal, trademark, geographical_indication',
      },
      channels: {
        id: 'Saluran pemasaran',
        en: 'Sales channels',
        unit: 'local, regional, national, export, ecommerce',
      },
    },
  },
  assessments: {
    table: {
      id: 'Penilaian kurasi produk (dipartisi per tahun)',
      en: 'Product curation assessments (partitioned by year)',
    },
    columns: {
      product_id: { id: 'Produk yang dinilai', en: 'Product assessed' },
      assessed_on: { id: 'Tanggal penilaian', en: 'Assessment date', unit: 'YYYY-MM-DD' },
      assessor_council_id: { id: 'Dekranasda penilai', en: 'Assessing council' },
      design: { id: 'Skor desain', en: 'Design score', unit: '1–5' },
      craftsmanship: { id: 'Skor kualitas pengerjaan', en: 'Craftsmanship score', unit: '1–5' },
      material: { id: 'Skor bahan', en: 'Material score', unit: '1–5' },
      packaging: { id: 'Skor kemasan', en: 'Packaging score', unit: '1–5' },
      market_readiness: { id: 'Skor kesiapan pasar', en: 'Market readiness score', unit: '1–5' },
      year,
    },
  },
  practices: {
    table: {
      id: 'Praktik baik yang dapat ditiru',
      en: 'Good practices (praktik baik) councils can copy',
    },
    columns: {
      practice_id: { id: 'Kode praktik', en: 'Practice id' },
      name: { id: 'Nama praktik', en: 'Practice name' },
      practice_category: {
        id: 'Kategori praktik',
        en: 'Practice category',
        unit: 'product_development, design, materials, marketing, institutional',
      },
      origin_council_id: { id: 'Dekranasda asal praktik', en: 'Council it comes from' },
    },
  },
  study_visits: {
    table: {
      id: 'Kunjungan studi tiru antar-Dekranasda',
      en: 'Study visits (studi tiru) between councils',
    },
    columns: {
      visit_id: { id: 'Kode kunjungan', en: 'Visit id' },
      visiting_council_id: { id: 'Dekranasda yang berkunjung', en: 'Visiting council' },
      host_council_id: { id: 'Dekranasda tuan rumah', en: 'Host council' },
      visit_date: { id: 'Tanggal kunjungan', en: 'Visit date', unit: 'YYYY-MM-DD' },
      delegation_size: {
        id: 'Jumlah anggota rombongan',
        en: 'Delegation size',
        unit: 'orang / people',
      },
      practice_ids: { id: 'Praktik baik yang diperlihatkan', en: 'Practices shown' },
    },
  },
  adoptions: {
    table: {
      id: 'Adopsi praktik baik oleh Dekranasda',
      en: 'Councils’ adoptions of good practices',
    },
    columns: {
      council_id: { id: 'Dekranasda yang mengadopsi', en: 'Adopting council' },
      practice_id: { id: 'Praktik', en: 'Practice' },
      adopted_on: {
        id: 'Tanggal tahap dicapai',
        en: 'Date the stage was reached',
        unit: 'YYYY-MM-DD',
      },
      source_visit_id: {
        id: 'Kunjungan asal (informatif, boleh kosong)',
        en: 'Source visit (informative, may be empty)',
      },
      stage: {
        id: 'Tahap adopsi',
        en: 'Adoption stage',
        unit: 'planned, piloted, adopted, institutionalized',
      },
    },
  },
  exhibitions: {
    table: { id: 'Pameran', en: 'Exhibitions (pameran)' },
    columns: {
      exhibition_id: { id: 'Kode pameran', en: 'Exhibition id' },
      name: { id: 'Nama pameran', en: 'Exhibition name' },
      start_date: { id: 'Tanggal mulai', en: 'Start date', unit: 'YYYY-MM-DD' },
      end_date: { id: 'Tanggal selesai', en: 'End date', unit: 'YYYY-MM-DD' },
      region_code: { id: 'Wilayah tempat pameran', en: 'Region where it is held' },
      scale: {
        id: 'Skala pameran',
        en: 'Scale',
        unit: 'local, provincial, national, international',
      },
      organizer_council_ids: {
        id: 'Dekranasda penyelenggara (dua atau lebih: pameran bersama)',
        en: 'Organizing councils (two or more: a joint exhibition)',
      },
    },
  },
  exhibitors: {
    table: { id: 'Keikutsertaan UMKM dalam pameran', en: 'Enterprises exhibiting at exhibitions' },
    columns: {
      exhibition_id: { id: 'Pameran', en: 'Exhibition' },
      enterprise_id: { id: 'UMKM peserta', en: 'Exhibiting enterprise' },
      sales_idr: { id: 'Penjualan selama pameran', en: 'Sales during the exhibition', unit: 'Rp' },
      transactions: { id: 'Jumlah transaksi', en: 'Number of transactions' },
      buyer_leads: { id: 'Calon pembeli (kontak)', en: 'Buyer leads (contacts)' },
    },
  },
  outcomes: {
    table: {
      id: 'Kinerja tahunan UMKM (dipartisi per tahun)',
      en: 'Enterprises’ yearly outcomes (partitioned by year)',
    },
    columns: {
      enterprise_id: { id: 'UMKM', en: 'Enterprise' },
      year: {
        id: 'Tahun kinerja (juga kunci partisi)',
        en: 'Year of the outcome (also the partition key)',
        unit: 'YYYY',
      },
      revenue_idr: { id: 'Omzet setahun', en: 'Revenue for the year', unit: 'Rp' },
      employees: { id: 'Jumlah tenaga kerja', en: 'Employees', unit: 'orang / people' },
      units_sold: { id: 'Unit terjual', en: 'Units sold' },
    },
  },
  regions: {
    table: {
      id: 'Referensi wilayah Kemendagri (idn-area-data, ODbL)',
      en: 'Kemendagri region reference (idn-area-data, ODbL)',
    },
    columns: {
      code: { id: 'Kode wilayah', en: 'Region code', unit: '36, 36.03, 36.03.05' },
      name: { id: 'Nama wilayah', en: 'Region name' },
      level: { id: 'Tingkat', en: 'Level', unit: 'province, regency, district' },
      parent_code: { id: 'Kode wilayah induk', en: 'Parent region code' },
    },
  },
};
