/**
 * Texts of the network, impact, exhibitions, advice, SQL and data pages, in Indonesian (the
 * default) and English. Kept apart from the overview, reach and competitiveness texts (dictionary.ts);
 * `tPage` fills `{name}` placeholders the same way as `t`.
 */
import type { Lang } from '@anyam/core';

const id = {
  // Network
  networkLead:
    'Siapa berkunjung ke siapa untuk studi tiru, siapa berpameran bersama, dan Dekranasda mana yang menjadi penghubung.',
  graphTitle: 'Jejaring kerja sama Dekranasda',
  graphGuide:
    'Panah: studi tiru dari pengunjung ke tuan rumah. Garis putus-putus: pameran bersama. Lingkaran lebih besar berarti lebih sering menjadi penghubung (betweenness). Seret simpul untuk menata ulang.',
  graphUnits: 'ukuran simpul: betweenness 0–1; warna: wilayah',
  visitEdge: 'Studi tiru (pengunjung → tuan rumah)',
  jointEdge: 'Pameran bersama',
  outsideScope: 'Di luar wilayah',
  councilTableTitle: 'Per Dekranasda',
  councilTableGuide:
    'Kunjungan dilakukan dan diterima, pameran bersama, mitra berbeda, dan betweenness pada periode ini.',
  council: 'Dekranasda',
  visitsMade: 'Kunjungan dilakukan',
  visitsHosted: 'Kunjungan diterima',
  jointExhibitions: 'Pameran bersama',
  partners: 'Mitra',
  betweenness: 'Betweenness',
  visitsMadeShort: 'Berkunjung',
  visitsHostedShort: 'Dikunjungi',
  jointShort: 'Pameran bersama',
  betweennessShort: 'Penghubung',
  groupsShort: 'n binaan / pembanding',
  nodes: 'Simpul',
  edges: 'Hubungan',
  density: 'Kepadatan',
  graphSummary: '{nodes} Dekranasda terhubung oleh {edges} hubungan; kepadatan {density}.',
  events: 'Kejadian',
  from: 'Dari',
  to: 'Ke',
  kind: 'Jenis',
  diffusionTitle: 'Perjalanan praktik baik',
  diffusionGuide:
    'Untuk satu praktik: kapan tiap Dekranasda melihatnya (dan di mana), lalu kapan dan berapa hari kemudian ia mengadopsinya.',
  diffusionUnits: 'tanggal; hari dari kunjungan ke adopsi',
  practice: 'Praktik',
  host: 'Tuan rumah',
  visitor: 'Pengunjung',
  firstVisit: 'Kunjungan pertama',
  adoptedOn: 'Diadopsi',
  lagDays: 'Jeda (hari)',
  stage: 'Tahap',
  notAdopted: 'belum diadopsi',
  daysLater: '{n} hari kemudian',
  shownBy: 'di {host}',
  exposuresCount: '{n} Dekranasda melihat, {a} mengadopsi',
  origin: 'Asal',
  adoptionSummaryTitle: 'Adopsi per Dekranasda pengunjung',
  adoptionSummaryGuide:
    'Bagian praktik yang dilihat saat studi tiru lalu diadopsi (tahap diadopsi atau melembaga).',
  exposed: 'Praktik dilihat',
  adopted: 'Diadopsi',
  adoptionRate: 'Tingkat adopsi',
  medianLag: 'Median jeda (hari)',
  // Impact
  impactLead:
    'Apakah omzet UMKM binaan tumbuh lebih cepat daripada UMKM yang belum dibina? Perkiraan per kohort tahun pembinaan pertama.',
  forestTitle: 'Perkiraan dampak pada omzet per kohort',
  forestGuide:
    'Titik: perkiraan; garis: selang kepercayaan 95%. Di kanan garis nol berarti omzet UMKM binaan tumbuh lebih cepat.',
  forestUnits: '% selisih pertumbuhan omzet (t−1 ke t+1)',
  cohort: 'Kohort',
  pooled: 'Gabungan',
  effect: 'Dampak',
  ciLow: 'Batas bawah 95%',
  ciHigh: 'Batas atas 95%',
  treatedN: 'UMKM binaan',
  comparisonN: 'UMKM pembanding',
  did: 'Selisih-dalam-selisih (log)',
  se: 'Galat baku',
  notEstimable: 'tidak dapat diperkirakan',
  meaningTitle: 'Artinya',
  meaningPositive:
    'Omzet UMKM yang mulai dibina pada {cohorts} tumbuh sekitar {effect} lebih cepat daripada UMKM pembanding (selang 95%: {low} hingga {high}), diukur dari setahun sebelum hingga setahun sesudah tahun pembinaan pertama.',
  meaningNegative:
    'Omzet UMKM yang mulai dibina pada {cohorts} tumbuh sekitar {effect} lebih lambat daripada UMKM pembanding (selang 95%: {low} hingga {high}).',
  meaningUnclear:
    'Selang 95% mencakup nol ({low} hingga {high}): data ini belum menunjukkan perbedaan pertumbuhan omzet yang jelas.',
  meaningNone: 'Belum ada kohort dengan cukup UMKM binaan dan pembanding untuk diperkirakan.',
  caveatTitle: 'Yang tidak dibuktikan',
  caveat:
    'Ini perbandingan UMKM binaan dengan UMKM yang belum dibina (selisih-dalam-selisih), bukan uji acak: UMKM tidak diundi untuk dibina, jadi yang dibina bisa saja memang berbeda sejak awal. Perkiraan ini hanya sah bila, tanpa pembinaan, {outcome} kedua kelompok akan tumbuh sejajar (asumsi tren paralel). Hal lain yang berubah pada tahun yang sama, misalnya program lain atau harga bahan, tidak tersingkirkan.',
  whyTitle: 'Mengapa ada yang tidak dapat diperkirakan',
  whyNoBefore:
    'Kohort {cohort}: tidak ada data {outcome} tahun {before} (setahun sebelum pembinaan; data dimulai {first}), jadi pertumbuhannya tidak dapat diukur.',
  whyNoAfter:
    'Kohort {cohort}: belum ada data {outcome} tahun {after} (setahun sesudah pembinaan), jadi pertumbuhannya belum dapat diukur.',
  whyFewTreated:
    'Kohort {cohort}: kurang dari 2 UMKM binaan yang punya data {outcome} setahun sebelum dan setahun sesudah pembinaan.',
  whyNoComparison:
    'Kohort {cohort}: kurang dari 2 UMKM yang belum dibina hingga {after} untuk dibandingkan; hampir semua UMKM yang punya data sudah dibina.',
  whyHidden:
    'Kohort {cohort}: disembunyikan karena salah satu kelompok kurang dari 5 UMKM, untuk melindungi privasi.',
  // Exhibitions
  exhibitionsLead:
    'Hasil UMKM di pameran menurut skala, dan apakah pameran bersama antar-Dekranasda memberi hasil lebih baik per peserta.',
  salesByScaleTitle: 'Penjualan per skala pameran',
  salesByScaleGuide: 'Total penjualan UMKM selama pameran; angka di samping: jumlah peserta.',
  leadsByScaleTitle: 'Calon pembeli per skala pameran',
  leadsByScaleGuide: 'Kontak calon pembeli yang didapat UMKM.',
  jointTitle: 'Pameran bersama vs. tunggal',
  jointGuide:
    'Penjualan per peserta: pameran yang diselenggarakan dua Dekranasda atau lebih dibanding satu penyelenggara.',
  salesPerExhibitorTitle: 'Penjualan per peserta per skala',
  salesPerExhibitorGuide: 'Rata-rata penjualan satu UMKM dalam satu pameran.',
  scale: 'Skala',
  exhibitions: 'Pameran',
  exhibitors: 'Peserta',
  sales: 'Penjualan',
  salesPerExhibitor: 'Penjualan per peserta',
  buyerLeads: 'Calon pembeli',
  joint: 'Pameran bersama',
  single: 'Satu penyelenggara',
  exhibitorsAside: '{n} peserta',
  unitsRupiah: 'rupiah',
  unitsLeads: 'kontak calon pembeli',
  jointSentence:
    'Di pameran bersama, satu UMKM rata-rata menjual {joint}; di pameran satu penyelenggara {single}.',
  // Advice
  adviceLead:
    'Pilih Dekranasda dan dimensi daya saing yang ingin diperbaiki: halaman ini menyarankan Dekranasda yang layak dikunjungi untuk studi tiru, dengan alasan siap dikutip.',
  pickCouncil: 'Dekranasda yang ingin belajar',
  pickDimension: 'Dimensi yang ingin diperbaiki',
  weakestAuto: 'Cari dimensi terlemah',
  weakestFound: 'Dimensi terlemah {council}: {dimension} ({score} dari 100).',
  chosenDimension: 'Dimensi dipilih: {dimension}; skor {council} {score} dari 100.',
  topPick: 'Saran utama',
  visitThem: 'Kunjungi {name}',
  copyReasons: 'Salin alasan untuk proposal',
  copied: 'Tersalin',
  copyFailed: 'Tidak dapat menyalin: pilih teks lalu salin manual.',
  candidatesTitle: 'Dekranasda yang layak dikunjungi',
  candidatesGuide:
    'Diurutkan menurut skor dimensi, lalu tingkat adopsi, lalu kunjungan diterima. Batang: skor dimensi (0–100); garis: skor Dekranasda Anda.',
  candidatesUnits: 'skor dimensi 0–100',
  ownScore: 'Skor Anda',
  rank: 'Peringkat',
  dimensionScore: 'Skor dimensi',
  gap: 'Selisih',
  productsAssessed: 'Produk dinilai',
  practicesShown: 'Praktik diperlihatkan',
  reasons: 'Alasan',
  noCandidates: 'Belum ada Dekranasda lain dengan sedikitnya 20 produk dinilai.',
  noneAhead:
    'Tidak ada Dekranasda lain yang lebih unggul pada {dimension}: {council} sudah terbaik. Pilih dimensi lain untuk mendapat saran kunjungan.',
  proposalHeading: 'Usulan studi tiru {council} ke {host} (dimensi {dimension})',
  ownScores: 'Skor {council} per dimensi',
  upTo: 's.d. {year}',
  scorePeriod: 'penilaian terakhir s.d. {year}',
  visitsPeriod: 'kunjungan {period}',
  labelPeriod: '{label} ({period})',
  periods:
    'Skor produk: penilaian terakhir tiap produk s.d. akhir {year}. Kunjungan diterima, praktik diperlihatkan dan tingkat adopsi: {visits}.',
  noVisitsYet: 'belum ada kunjungan s.d. {year}',
  subScoresTitle: 'Skor {council} per dimensi dan sub-skor',
  subScoresOf: 'Sub-skor {council}',
  packagingNote:
    'Kemasan (packaging) adalah bagian dari dimensi kualitas: kualitas adalah rata-rata desain, pengerjaan dan kemasan, masing-masing skor penilaian 1–5 yang diubah ke 0–100. Bahan adalah rata-rata mutu bahan dan pangsa bahan lokal; pasar, kesiapan pasar dan saluran penjualan; kepatuhan, sertifikasi.',
  weakestSub: 'terlemah',
  subDesign: 'Desain',
  subCraftsmanship: 'Pengerjaan',
  subPackaging: 'Kemasan',
  subMaterial: 'Mutu bahan',
  subLocalMaterialShare: 'Bahan lokal',
  subMarketReadiness: 'Kesiapan pasar',
  subChannels: 'Saluran penjualan',
  subCertifications: 'Sertifikasi',
  betterTitle: 'Juga lebih unggul dari {council} pada {dimension}',
  restTitle: 'Tidak lebih unggul dari {council} pada {dimension}',
  restNote:
    'Skor {dimension} Dekranasda ini sama dengan atau di bawah {council}: tidak disarankan untuk studi tiru pada dimensi ini, jadi alasannya tidak ditawarkan untuk disalin.',
  noneAheadTitle: 'Belum ada yang lebih unggul',
  ownHiddenTitle: 'Tidak dapat dibandingkan',
  ownHidden:
    'Skor {dimension} {council} tidak ditampilkan karena produknya yang dinilai kurang dari 5, untuk melindungi privasi; maka selisihnya pun tidak, dan tidak dapat dikatakan siapa yang lebih baik. Dekranasda di bawah diurutkan menurut skornya sendiri.',
  lineLead:
    'Produk {host} unggul {gap} poin pada {dimension}: {score} lawan {own} dari 100 ({period})',
  lineTrail:
    'Produk {host} tertinggal {gap} poin pada {dimension}: {score} lawan {own} dari 100 ({period})',
  lineEven: 'Produk {host} setara dengan {council} pada {dimension}: {score} dari 100 ({period})',
  lineScore: 'Skor {dimension} produk {host} {score} dari 100 ({period})',
  lineVisits: 'sudah {n} kali menerima studi tiru pada {period}',
  lineVisit: 'sudah 1 kali menerima studi tiru pada {period}',
  lineNoVisits: 'belum pernah menerima studi tiru ({period})',
  lineAdoption:
    '{rate} praktik yang diperlihatkannya diadopsi Dekranasda yang berkunjung ({period})',
  lineSub:
    '{sub} (sub-skor terlemah {council} pada {dimension}): {host} {theirs}, {council} {own} dari 100',
  // SQL
  sqlLead: 'Jalankan satu kueri DuckDB baca-saja atas dataset. Ctrl/Cmd+Enter menjalankan kueri.',
  editorLabel: 'Kueri SQL',
  run: 'Jalankan',
  running: 'Menjalankan…',
  tables: 'Tabel dan kolom',
  insertName: 'Sisipkan {name} ke kueri',
  examples: 'Contoh kueri',
  useExample: 'Pakai',
  results: 'Hasil',
  rowsCount: '{n} baris',
  truncatedNotice:
    'Hasil dipotong pada {n} baris pertama. Persempit kueri (filter, agregasi, atau LIMIT) untuk melihat semuanya.',
  queryFailed: 'Kueri gagal',
  noRows: 'Kueri berhasil, tetapi tidak ada baris.',
  noResultYet: 'Tulis kueri lalu tekan Jalankan.',
  tokenTitle: 'Konsol ini memerlukan token',
  tokenLead:
    'Masukkan token dari administrator dasbor. Token disimpan hanya di tab ini (sessionStorage).',
  tokenLabel: 'Token',
  tokenSave: 'Simpan token',
  tokenForget: 'Lupakan token',
  readOnlyNote:
    'Baca-saja: satu pernyataan SELECT, WITH, DESCRIBE, SUMMARIZE atau EXPLAIN; batas waktu dan jumlah baris berlaku.',
  sqlLimits:
    'Batas per kueri: paling banyak {rows} baris, {mb} MB, {seconds} detik. Bila konsol sedang sibuk, server menjawab 503: coba lagi beberapa detik kemudian.',
  // Data
  dataLead:
    'Isi dataset yang sedang dibuka, kamus datanya, dan unduhan setiap tabel sebagai Parquet atau CSV.',
  manifestTitle: 'Manifest dataset',
  madeBy: 'Dibuat oleh',
  createdAt: 'Waktu dibuat',
  formatVersion: 'Versi format',
  version: 'Versi',
  rowsPerTable: 'Baris per tabel',
  rowsPerTableGuide: 'Jumlah baris setiap tabel menurut manifest.',
  rowsUnits: 'baris',
  table: 'Tabel',
  rows: 'Baris',
  files: 'Berkas',
  partitioned: 'dipartisi per tahun',
  dictionaryTitle: 'Kamus data',
  column: 'Kolom',
  type: 'Tipe',
  meaning: 'Arti',
  unit: 'Satuan / nilai',
  downloadTable: 'Unduh {table}',
  noPii: 'Dataset tidak pernah memuat data pribadi (nama, NIK, telepon pengrajin).',
  openInDuckdb: 'Buka di DuckDB: duckdb -c ".read data/schema.sql"',
  filterTables: 'Cari tabel atau kolom',
} as const;

export type PageKey = keyof typeof id;

const en: Record<PageKey, string> = {
  networkLead:
    'Who visits whom for study visits, who exhibits together, and which councils bridge the network.',
  graphTitle: 'The councils’ collaboration network',
  graphGuide:
    'Arrows: study visits from visitor to host. Dashed lines: joint exhibitions. Larger circles bridge more of the network (betweenness). Drag a node to rearrange.',
  graphUnits: 'node size: betweenness 0–1; colour: region',
  visitEdge: 'Study visit (visitor → host)',
  jointEdge: 'Joint exhibition',
  outsideScope: 'Outside the region',
  councilTableTitle: 'Per council',
  councilTableGuide:
    'Visits made and hosted, joint exhibitions, distinct partners and betweenness in the period.',
  council: 'Council',
  visitsMade: 'Visits made',
  visitsHosted: 'Visits hosted',
  jointExhibitions: 'Joint exhibitions',
  partners: 'Partners',
  betweenness: 'Betweenness',
  visitsMadeShort: 'Visits made',
  visitsHostedShort: 'Hosted',
  jointShort: 'Joint fairs',
  betweennessShort: 'Betweenness',
  groupsShort: 'n coached / comparison',
  nodes: 'Nodes',
  edges: 'Links',
  density: 'Density',
  graphSummary: '{nodes} councils joined by {edges} links; density {density}.',
  events: 'Events',
  from: 'From',
  to: 'To',
  kind: 'Kind',
  diffusionTitle: 'How good practices travel',
  diffusionGuide:
    'For one practice: when each council saw it (and where), then when and how many days later it adopted it.',
  diffusionUnits: 'date; days from visit to adoption',
  practice: 'Practice',
  host: 'Host',
  visitor: 'Visitor',
  firstVisit: 'First visit',
  adoptedOn: 'Adopted',
  lagDays: 'Lag (days)',
  stage: 'Stage',
  notAdopted: 'not adopted yet',
  daysLater: '{n} days later',
  shownBy: 'at {host}',
  exposuresCount: 'seen by {n}, adopted by {a}',
  origin: 'Origin',
  adoptionSummaryTitle: 'Adoption by visiting council',
  adoptionSummaryGuide:
    'Share of the practices seen on study visits that were then adopted (stage adopted or institutionalized).',
  exposed: 'Practices seen',
  adopted: 'Adopted',
  adoptionRate: 'Adoption rate',
  medianLag: 'Median lag (days)',
  impactLead:
    'Does the revenue of coached enterprises grow faster than that of enterprises not yet coached? Estimates per cohort of first coaching year.',
  forestTitle: 'Estimated effect on revenue by cohort',
  forestGuide:
    'Dot: estimate; line: 95% confidence interval. Right of the zero line means coached enterprises’ revenue grew faster.',
  forestUnits: '% difference in revenue growth (t−1 to t+1)',
  cohort: 'Cohort',
  pooled: 'Pooled',
  effect: 'Effect',
  ciLow: '95% low',
  ciHigh: '95% high',
  treatedN: 'Coached enterprises',
  comparisonN: 'Comparison enterprises',
  did: 'Difference in differences (log)',
  se: 'Standard error',
  notEstimable: 'not estimable',
  meaningTitle: 'What it means',
  meaningPositive:
    'The revenue of enterprises first coached in {cohorts} grew about {effect} faster than that of comparison enterprises (95% interval: {low} to {high}), from the year before to the year after their first coaching year.',
  meaningNegative:
    'The revenue of enterprises first coached in {cohorts} grew about {effect} slower than that of comparison enterprises (95% interval: {low} to {high}).',
  meaningUnclear:
    'The 95% interval includes zero ({low} to {high}): these data do not show a clear difference in revenue growth.',
  meaningNone: 'No cohort has enough coached and comparison enterprises to estimate yet.',
  caveatTitle: 'What it does not prove',
  caveat:
    'This compares coached enterprises with enterprises not yet coached (difference in differences); it is not a randomised trial: enterprises were not picked for coaching by lot, so those coached may have differed from the start. The estimate holds only if, without coaching, both groups’ {outcome} would have grown alike (the assumption of parallel trends). Other changes in the same years, such as other programs or material prices, are not ruled out.',
  whyTitle: 'Why some cannot be estimated',
  whyNoBefore:
    'Cohort {cohort}: there are no {outcome} figures for {before} (the year before coaching; the data begin in {first}), so its growth cannot be measured.',
  whyNoAfter:
    'Cohort {cohort}: there are no {outcome} figures for {after} (the year after coaching) yet, so its growth cannot be measured yet.',
  whyFewTreated:
    'Cohort {cohort}: fewer than 2 coached enterprises have {outcome} figures for both the year before and the year after coaching.',
  whyNoComparison:
    'Cohort {cohort}: fewer than 2 enterprises not yet coached by {after} to compare with; nearly every enterprise with figures had been coached.',
  whyHidden:
    'Cohort {cohort}: hidden because one of the groups has fewer than 5 enterprises, to protect privacy.',
  exhibitionsLead:
    'What enterprises achieve at exhibitions by scale, and whether joint exhibitions of several councils do better per exhibitor.',
  salesByScaleTitle: 'Sales by exhibition scale',
  salesByScaleGuide: 'Enterprises’ total sales during exhibitions; beside each bar: exhibitors.',
  leadsByScaleTitle: 'Buyer leads by exhibition scale',
  leadsByScaleGuide: 'Buyer contacts the enterprises gathered.',
  jointTitle: 'Joint vs single-organizer exhibitions',
  jointGuide:
    'Sales per exhibitor: exhibitions organised by two or more councils against those of one organizer.',
  salesPerExhibitorTitle: 'Sales per exhibitor by scale',
  salesPerExhibitorGuide: 'Average sales of one enterprise at one exhibition.',
  scale: 'Scale',
  exhibitions: 'Exhibitions',
  exhibitors: 'Exhibitors',
  sales: 'Sales',
  salesPerExhibitor: 'Sales per exhibitor',
  buyerLeads: 'Buyer leads',
  joint: 'Joint exhibition',
  single: 'Single organizer',
  exhibitorsAside: '{n} exhibitors',
  unitsRupiah: 'rupiah',
  unitsLeads: 'buyer contacts',
  jointSentence:
    'At joint exhibitions one enterprise sold {joint} on average; at single-organizer exhibitions {single}.',
  adviceLead:
    'Pick a council and the competitiveness dimension to improve: this page suggests councils worth a study visit, with reasons ready to quote.',
  pickCouncil: 'Council that wants to learn',
  pickDimension: 'Dimension to improve',
  weakestAuto: 'Find the weakest dimension',
  weakestFound: 'Weakest dimension of {council}: {dimension} ({score} of 100).',
  chosenDimension: 'Chosen dimension: {dimension}; {council} scores {score} of 100.',
  topPick: 'Top recommendation',
  visitThem: 'Visit {name}',
  copyReasons: 'Copy reasons for a proposal',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it by hand.',
  candidatesTitle: 'Councils worth visiting',
  candidatesGuide:
    'Ranked by dimension score, then adoption rate, then visits hosted. Bars: dimension score (0–100); line: your council’s score.',
  candidatesUnits: 'dimension score 0–100',
  ownScore: 'Your score',
  rank: 'Rank',
  dimensionScore: 'Dimension score',
  gap: 'Gap',
  productsAssessed: 'Products assessed',
  practicesShown: 'Practices shown',
  reasons: 'Reasons',
  noCandidates: 'No other council has at least 20 assessed products yet.',
  noneAhead:
    'No other council scores higher on {dimension}: {council} already leads. Pick another dimension to get a visit to advise.',
  proposalHeading: 'Study visit proposal: {council} to {host} ({dimension})',
  ownScores: '{council} by dimension',
  upTo: 'to {year}',
  scorePeriod: 'latest assessments to {year}',
  visitsPeriod: 'visits {period}',
  labelPeriod: '{label} ({period})',
  periods:
    'Product scores: each product’s latest assessment up to the end of {year}. Visits hosted, practices shown and adoption rate: {visits}.',
  noVisitsYet: 'no visits up to {year}',
  subScoresTitle: '{council} by dimension and sub-score',
  subScoresOf: '{council}: sub-scores',
  packagingNote:
    'Packaging (kemasan) is part of the quality dimension: quality is the mean of design, craftsmanship and packaging, each a 1–5 assessment score put on 0–100. Materials is the mean of the material score and the local material share; market, of market readiness and sales channels; compliance is certifications.',
  weakestSub: 'weakest',
  subDesign: 'Design',
  subCraftsmanship: 'Craftsmanship',
  subPackaging: 'Packaging',
  subMaterial: 'Material',
  subLocalMaterialShare: 'Local materials',
  subMarketReadiness: 'Market readiness',
  subChannels: 'Sales channels',
  subCertifications: 'Certifications',
  betterTitle: 'Also ahead of {council} on {dimension}',
  restTitle: 'Not ahead of {council} on {dimension}',
  restNote:
    'These councils score the same as {council} on {dimension} or lower: a study visit is not advised for this dimension, so their reasons are not offered for copying.',
  noneAheadTitle: 'Nobody is ahead yet',
  ownHiddenTitle: 'Cannot be compared',
  ownHidden:
    'The {dimension} score of {council} is not shown because fewer than 5 of its products were assessed, to protect privacy; so neither are the gaps, and no council can be said to be ahead. The councils below are ranked by their own scores.',
  lineLead:
    'Products of {host} lead by {gap} points on {dimension}: {score} against {own} of 100 ({period})',
  lineTrail:
    'Products of {host} trail by {gap} points on {dimension}: {score} against {own} of 100 ({period})',
  lineEven:
    'Products of {host} are on par with {council} on {dimension}: {score} of 100 ({period})',
  lineScore: 'Products of {host} score {score} of 100 on {dimension} ({period})',
  lineVisits: 'has hosted {n} study visits in {period}',
  lineVisit: 'has hosted 1 study visit in {period}',
  lineNoVisits: 'has not hosted a study visit ({period})',
  lineAdoption: '{rate} of the practices it showed were adopted by its visitors ({period})',
  lineSub:
    '{sub} (the weakest sub-score of {council} on {dimension}): {host} {theirs}, {council} {own} of 100',
  sqlLead: 'Run one read-only DuckDB query over the dataset. Ctrl/Cmd+Enter runs it.',
  editorLabel: 'SQL query',
  run: 'Run',
  running: 'Running…',
  tables: 'Tables and columns',
  insertName: 'Insert {name} into the query',
  examples: 'Example queries',
  useExample: 'Use',
  results: 'Results',
  rowsCount: '{n} rows',
  truncatedNotice:
    'The result was cut at the first {n} rows. Narrow the query (filter, aggregate or LIMIT) to see everything.',
  queryFailed: 'The query failed',
  noRows: 'The query ran but returned no rows.',
  noResultYet: 'Write a query and press Run.',
  tokenTitle: 'This console needs a token',
  tokenLead:
    'Enter the token from the dashboard’s administrator. It is kept in this tab only (sessionStorage).',
  tokenLabel: 'Token',
  tokenSave: 'Save token',
  tokenForget: 'Forget token',
  readOnlyNote:
    'Read-only: one SELECT, WITH, DESCRIBE, SUMMARIZE or EXPLAIN statement; time and row limits apply.',
  sqlLimits:
    'Limits per query: at most {rows} rows, {mb} MB, {seconds} seconds. When the console is busy, the server answers 503: try again a few seconds later.',
  dataLead:
    'What the open dataset holds, its data dictionary, and a download of every table as Parquet or CSV.',
  manifestTitle: 'Dataset manifest',
  madeBy: 'Made by',
  createdAt: 'Created',
  formatVersion: 'Format version',
  version: 'Version',
  rowsPerTable: 'Rows per table',
  rowsPerTableGuide: 'Each table’s row count from the manifest.',
  rowsUnits: 'rows',
  table: 'Table',
  rows: 'Rows',
  files: 'Files',
  partitioned: 'partitioned by year',
  dictionaryTitle: 'Data dictionary',
  column: 'Column',
  type: 'Type',
  meaning: 'Meaning',
  unit: 'Unit / values',
  downloadTable: 'Download {table}',
  noPii: 'A dataset never holds personal data (artisans’ names, NIK, phone numbers).',
  openInDuckdb: 'Open in DuckDB: duckdb -c ".read data/schema.sql"',
  filterTables: 'Search tables or columns',
};

export const pageDictionary: Record<Lang, Record<PageKey, string>> = { id, en };

/**
 * A message of these pages in `lang` with its `{name}` placeholders filled.
 *
 *     tPage('en', 'rowsCount', { n: 12 }) // '12 rows'
 */
export function tPage(
  lang: Lang,
  key: PageKey,
  values: Record<string, string | number> = {},
): string {
  return pageDictionary[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
