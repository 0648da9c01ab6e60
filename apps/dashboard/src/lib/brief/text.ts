/**
 * Every text of the regional brief, in Indonesian and English. Placeholders `{name}` are filled
 * by `fill`; numbers are formatted before they go in, with core's formatters.
 */
import type { Lang } from '@anyam/core';

const id = {
  briefTitle: 'Ringkasan Daerah',
  briefSubtitle:
    'Pembinaan kriya oleh Dekranasda: jangkauan, daya saing, studi tiru, program dan dampaknya',
  coverRegion: 'Wilayah',
  coverYear: 'Tahun',
  coverCompared: 'Dibandingkan dengan',
  coverNoPrevious: 'tidak ada tahun sebelumnya dalam data',
  coverDataset: 'Versi data',
  coverCreated: 'Tanggal data',
  coverSource: 'Sumber data',
  coverCouncils: 'Dekranasda di wilayah ini',
  coverNoCouncil: 'Tidak ada Dekranasda yang tercatat di wilayah ini.',
  contents: 'Isi',
  print: 'Cetak / Unduh PDF',
  printHint: 'Untuk PDF, pilih "Simpan sebagai PDF" di jendela cetak, ukuran A4.',
  vs: 'dibanding {year}',
  noComparison: 'tak terbandingkan dengan {year}',
  points: 'poin',
  pp: 'poin persen',
  suppressedNote:
    '"< 5": angka disembunyikan karena mencakup kurang dari 5 pengrajin, UMKM atau produk.',
  sourceLabel: 'Sumber',
  source: 'Anyam, {metrics}; {scope}, {period}; data versi {version}.',
  fewer: 'kurang dari 5',
  emptyBrief:
    'Belum ada data untuk {name}: tidak ada UMKM maupun Dekranasda yang tercatat di wilayah ini dalam data versi {version}, sehingga tidak ada angka yang dapat diringkas.',
  // Reach
  reachTitle: 'Jangkauan dan siapa yang tertinggal',
  reachQuestion:
    'Berapa banyak pengrajin yang ikut program, dan apakah mereka mewakili semua pengrajin terdaftar?',
  reachedArtisans: 'Pengrajin terjangkau',
  reachRate: 'Tingkat jangkauan',
  femaleRepresentation: 'Keterwakilan perempuan',
  microRepresentation: 'Keterwakilan usaha mikro',
  youthRepresentation: 'Keterwakilan pemuda',
  female: 'Perempuan',
  micro: 'Usaha mikro',
  youth: 'Pemuda (< 30 th)',
  representationChart: 'Keterwakilan kelompok di antara yang terjangkau',
  representationUnits:
    'porsi di antara yang terjangkau ÷ porsi di antara yang terdaftar; 1,00 = sebanding',
  representationBar: '{ratio} ({reached} vs {eligible})',
  evenLine: '1,00 sebanding',
  reachSentence:
    'Pada {year}, {reached} dari {eligible} pengrajin terdaftar ({rate}) ikut setidaknya satu program{change}.',
  reachChange: ', {delta} dibanding {year}',
  reachLeftOut:
    'Yang paling tertinggal adalah {group}: {reached} dari yang terjangkau, padahal {eligible} dari yang terdaftar (rasio {ratio}).',
  reachEven:
    'Perempuan, usaha mikro dan pemuda terjangkau kurang lebih sebanding dengan porsi mereka di antara yang terdaftar (rasio {low} sampai {high}).',
  reachCompletion: '{rate} keikutsertaan diselesaikan sampai tuntas.',
  reachNone: 'Pada {year} tidak ada pengrajin terdaftar yang ikut program.',
  // Competitiveness
  competitivenessTitle: 'Daya saing dan kriya terkuat',
  competitivenessQuestion:
    'Seberapa siap produk wilayah ini untuk pasar yang lebih luas, dan kriya mana yang menjadi keunggulannya?',
  pciMedian: 'Median IDP',
  exportReady: 'Siap ekspor (IDP ≥ 70)',
  productsAssessed: 'Produk dinilai',
  strongestCraft: 'Kriya terkuat (RCA)',
  pciChart: 'Median IDP per kategori kriya',
  pciUnits: 'indeks daya saing produk, 0–100',
  pciSentence:
    'Median indeks daya saing produk (IDP) {pci} dari 100{change}; {share} dari {products} produk yang dinilai sudah siap ekspor (IDP 70 ke atas).',
  pciChange: ', {delta} dibanding {year}',
  pciBest: 'Kategori dengan median IDP tertinggi: {best}; terendah: {worst}.',
  rcaSentence: 'Menurut omzet, keunggulan komparatif (RCA di atas 1) ada pada {list}.',
  rcaNone:
    'Tidak ada kategori kriya dengan keunggulan komparatif (RCA di atas 1) yang dapat dipublikasikan.',
  rcaPair: '{category} di {region} ({rca})',
  rcaOwn: '{category} ({rca})',
  pciNone: 'Belum ada produk yang dinilai di wilayah ini sampai akhir {year}.',
  // Visits
  visitsTitle: 'Studi tiru: yang dilakukan, yang diterima, dan hasilnya',
  visitsQuestion:
    'Ke mana Dekranasda wilayah ini belajar, siapa yang belajar darinya, dan apa yang berubah sesudahnya?',
  visitsMade: 'Studi tiru dilakukan',
  visitsHosted: 'Studi tiru diterima',
  adoptionRate: 'Praktik yang diadopsi',
  relativeChange: 'Perubahan IDP relatif sesudah kunjungan',
  relativeChangeNote: 'rata-rata {n} kunjungan, dibanding wilayah sekitarnya',
  visitsChart: 'Perubahan IDP wilayah pengunjung, dibanding wilayah sekitarnya',
  visitsUnits: 'poin IDP: (sesudah − sebelum) dikurangi perubahan pembanding',
  adoptionChart: 'Praktik yang diadopsi per kunjungan',
  adoptionUnits: 'praktik diadopsi dari yang diperlihatkan',
  adoptionBar: '{adopted} dari {shown}',
  visitsSentence:
    'Pada {year}, Dekranasda di wilayah ini melakukan {made} studi tiru dan menerima {hosted}{change}.',
  visitsChange: ' (tahun {year}: {made} dan {hosted})',
  diffusionSentence: 'Dari {exposed} praktik baik yang dilihat, {adopted} ({rate}) sudah diadopsi.',
  visitsAfter:
    'Sesudah {n} kunjungan yang dapat diukur, IDP produk wilayah pengunjung berubah rata-rata {change} poin lebih dari wilayah pembandingnya.',
  visitsTooEarly:
    'Perubahan IDP sesudah kunjungan {year} belum dapat diukur: penilaian produk tahun {next} belum ada.',
  visitsNone: 'Pada {year} Dekranasda di wilayah ini tidak melakukan studi tiru.',
  // Programs
  programsTitle: 'Program, target dan biaya',
  programsQuestion:
    'Berapa program yang dijalankan, apakah mencapai targetnya, dan berapa biayanya?',
  programs: 'Program',
  targetAttainment: 'Capaian target peserta',
  budget: 'Anggaran',
  costPerParticipant: 'Biaya per peserta',
  programsChart: 'Biaya per peserta menurut jenis program',
  programsUnits: 'rupiah per keikutsertaan',
  programsSentence:
    'Pada {year}, Dekranasda di wilayah ini menjalankan {programs} program dengan anggaran {budget}; pesertanya {participants} dari target {target} ({attainment}).',
  programsOnTarget:
    '{share} program mencapai target pesertanya, dan {completion} keikutsertaan diselesaikan.',
  programsCost: 'Biaya per peserta {cost}{change}; termahal pada {dearest} ({dearestCost}).',
  programsCostChange: ', {delta} dibanding {year}',
  programsNone: 'Pada {year} tidak ada program yang dijalankan Dekranasda di wilayah ini.',
  // Impact
  impactTitle: 'Dampak jangka panjang',
  impactQuestion:
    'Apakah omzet UMKM tumbuh lebih cepat sesudah pembinaan pertama, dan bertahan berapa lama?',
  postEffect: 'Dampak pada omzet (rata-rata sesudah pembinaan)',
  interval: 'selang kepercayaan 95%: {low} sampai {high}',
  preP: 'Uji tren sebelum pembinaan (p)',
  preNote: '{df} titik waktu sebelum pembinaan',
  treatedN: 'UMKM dibina yang dibandingkan',
  eventChart: 'Perbedaan pertumbuhan omzet menurut tahun sejak pembinaan pertama',
  eventUnits: '% perbedaan omzet dibanding tahun sebelum pembinaan, dengan selang 95%',
  impactPositive:
    'Rata-rata pada tahun-tahun sesudah pembinaan pertama, omzet UMKM yang dibina {dir} {effect} lebih banyak daripada UMKM yang belum dibina (selang 95%: {low} sampai {high}).',
  grew: 'tumbuh',
  shrank: 'turun',
  impactUnclear:
    'Rata-rata sesudah pembinaan, perbedaan omzet {effect} belum dapat dibedakan dari nol (selang 95%: {low} sampai {high}).',
  impactNone:
    'Dampak belum dapat diperkirakan: terlalu sedikit UMKM dengan omzet tercatat sebelum dan sesudah pembinaan.',
  preOk:
    'Uji tren sebelumnya tidak menunjukkan bahwa UMKM yang dibina sudah tumbuh berbeda sebelum dibina (p = {p}), sehingga perbandingan ini masuk akal.',
  preWeak:
    'Uji tren sebelumnya memberi tanda lemah bahwa UMKM yang dibina sudah tumbuh berbeda sebelum dibina (p = {p}); baca angka dampak dengan hati-hati.',
  preBad:
    'Peringatan: UMKM yang dibina sudah tumbuh berbeda sebelum dibina (p = {p}), sehingga angka dampak ini kemungkinan bias.',
  preNone:
    'Tren sebelum pembinaan tidak dapat diuji: tidak ada kohort dengan dua tahun data sebelum pembinaan.',
  limits:
    'Angka ini tidak membuktikan bahwa pembinaan saja penyebab perbedaan itu. UMKM yang ikut program bisa berbeda dari yang belum ikut dalam hal yang tidak tercatat; kohort diperlakukan saling bebas padahal pembandingnya tumpang tindih; dan hanya UMKM dengan omzet tercatat pada kedua tahun yang dihitung.',
  limitsTitle: 'Yang tidak dibuktikan',
  base: 'dasar',
  // Advice
  adviceTitle: 'Siapa yang dikunjungi berikutnya, dan mengapa',
  adviceQuestion: 'Dekranasda mana yang paling layak menjadi tujuan studi tiru berikutnya?',
  ownScore: 'Skor {dimension} sendiri',
  topScore: 'Skor {dimension} tujuan terbaik',
  topAdoption: 'Praktik diadopsi pengunjungnya',
  topHosted: 'Studi tiru yang pernah diterima',
  adviceChart: 'Skor {dimension} calon tujuan studi tiru',
  adviceUnits: 'rata-rata dimensi {dimension} produk di wilayahnya, 0–100',
  ownLine: 'sendiri {score}',
  adviceSentence:
    'Dimensi terlemah produk {council} adalah {dimension} ({score} dari 100). Tujuan terbaik untuk memperbaikinya: {best}.',
  adviceChosen: 'Untuk dimensi {dimension} ({score} dari 100), tujuan terbaik: {best}.',
  adviceDimension: 'Dimensi terlemah produk {council} adalah {dimension} ({score} dari 100).',
  adviceReasons: 'Alasannya: {reasons}.',
  adviceNoCouncil:
    'Tidak ada Dekranasda yang berkedudukan di wilayah ini, sehingga tidak ada saran studi tiru.',
  adviceNone: 'Belum ada calon tujuan dengan sedikitnya 20 produk yang dinilai.',
  // Methods
  methodsTitle: 'Catatan metode',
  methodsIntro:
    'Setiap angka dihitung dari data Anyam dengan definisi yang sama seperti dasbor, API dan perintah anyam metrics. Definisi lengkap:',
  suppressionTitle: 'Aturan penyembunyian sel kecil',
  suppression:
    'Angka tentang pengrajin, UMKM, produk dan keikutsertaan yang mencakup 1 sampai 4 unit ditampilkan sebagai "< 5", begitu pula rasio, rata-rata atau jumlah uang atas kurang dari 5 unit, dan rasio yang pembilangnya 1 sampai 4. Jika dalam satu rincian hanya satu sel tersembunyi, sel terkecil berikutnya ikut disembunyikan agar tidak dapat dihitung dari total. Kegiatan Dekranasda (studi tiru, pameran, program, target dan anggaran) adalah kegiatan lembaga publik dan ditampilkan apa adanya.',
  provenanceTitle: 'Asal data',
  provenanceVersion: 'Versi',
  provenanceCreated: 'Dibuat',
  provenanceBy: 'Dibuat oleh',
  provenanceFormat: 'Format',
  provenanceRows: 'Baris per tabel',
  mReach:
    'Jangkauan: pengrajin terdaftar sampai akhir tahun yang mendaftar ke setidaknya satu program pada tahun itu, dibagi pengrajin terdaftar. Keterwakilan: porsi kelompok (perempuan, usaha mikro, di bawah 30 tahun) di antara yang terjangkau dibagi porsinya di antara yang terdaftar.',
  mCompetitiveness:
    'Indeks daya saing produk (IDP, 0–100): penilaian terakhir tiap produk sampai akhir tahun, empat dimensi (kualitas, bahan, pasar, kepatuhan) berbobot sama; siap ekspor berarti IDP 70 ke atas.',
  mRca: 'Keunggulan komparatif (RCA, Balassa): porsi sebuah kategori dalam omzet kriya wilayah dibagi porsinya di wilayah induk; di atas 1 berarti lebih kuat daripada rata-rata.',
  mVisits:
    'Studi tiru: kunjungan Dekranasda ke Dekranasda lain pada tahun itu. Praktik diadopsi: praktik yang diperlihatkan lalu diadopsi atau dilembagakan oleh pengunjung pada atau sesudah kunjungan. Perubahan IDP relatif: perubahan rata-rata IDP produk wilayah pengunjung dari tahun sebelum ke tahun sesudah kunjungan, dikurangi perubahan di wilayah induk lainnya.',
  mPrograms:
    'Program: program yang diselenggarakan Dekranasda wilayah ini dan dimulai pada tahun itu. Capaian target: peserta dibagi target peserta; biaya per peserta: anggaran dibagi keikutsertaan.',
  mImpact:
    'Dampak jangka panjang: studi peristiwa Callaway dan Sant’Anna; tiap kohort (tahun pembinaan pertama) dibandingkan dengan UMKM yang belum dibina, pertumbuhan log omzet dari tahun sebelum pembinaan. Uji tren sebelumnya: uji Wald atas tahun-tahun sebelum pembinaan; p kecil berarti sudah ada perbedaan sebelum pembinaan.',
  mAdvice:
    'Saran studi tiru: Dekranasda lain yang produk wilayahnya (sedikitnya 20 dinilai) paling tinggi pada dimensi terlemah Dekranasda ini, lalu menurut tingkat adopsi praktiknya dan banyaknya studi tiru yang diterima.',
  footer: 'Anyam · Ringkasan Daerah {name} · {year}',
} as const;

export type BriefTextKey = keyof typeof id;

/** Every text of the brief, by key. */
export const briefTextKeys = Object.keys(id) as BriefTextKey[];

const en: Record<BriefTextKey, string> = {
  briefTitle: 'Regional Brief',
  briefSubtitle:
    'Craft development by the Dekranasda: reach, competitiveness, study visits, programs and their impact',
  coverRegion: 'Region',
  coverYear: 'Year',
  coverCompared: 'Compared with',
  coverNoPrevious: 'no earlier year in the data',
  coverDataset: 'Dataset version',
  coverCreated: 'Dataset date',
  coverSource: 'Data source',
  coverCouncils: 'Councils (Dekranasda) of this region',
  coverNoCouncil: 'No council (Dekranasda) is recorded in this region.',
  contents: 'Contents',
  print: 'Print / Download PDF',
  printHint: 'For a PDF, choose "Save as PDF" in the print dialog, paper size A4.',
  vs: 'vs {year}',
  noComparison: 'not comparable with {year}',
  points: 'points',
  pp: 'pp',
  suppressedNote: '"< 5": hidden because it covers fewer than 5 artisans, enterprises or products.',
  sourceLabel: 'Source',
  source: 'Anyam, {metrics}; {scope}, {period}; dataset version {version}.',
  fewer: 'fewer than 5',
  emptyBrief:
    'There is no data for {name} yet: dataset version {version} records no enterprise and no council in this region, so there is nothing to summarise.',
  reachTitle: 'Reach, and who is left out',
  reachQuestion:
    'How many artisans took part in programs, and do they look like all registered artisans?',
  reachedArtisans: 'Artisans reached',
  reachRate: 'Reach rate',
  femaleRepresentation: 'Representation of women',
  microRepresentation: 'Representation of micro enterprises',
  youthRepresentation: 'Representation of youth',
  female: 'Women',
  micro: 'Micro enterprises',
  youth: 'Youth (under 30)',
  representationChart: 'Representation of groups among those reached',
  representationUnits: 'share among the reached ÷ share among the registered; 1.00 = in proportion',
  representationBar: '{ratio} ({reached} vs {eligible})',
  evenLine: '1.00 in proportion',
  reachSentence:
    'In {year}, {reached} of {eligible} registered artisans ({rate}) took part in at least one program{change}.',
  reachChange: ', {delta} from {year}',
  reachLeftOut:
    'The group most left out is {group}: {reached} of those reached, against {eligible} of those registered (ratio {ratio}).',
  reachEven:
    'Women, micro enterprises and young people are reached roughly in proportion to their share of the registered (ratios {low} to {high}).',
  reachCompletion: '{rate} of participations were completed.',
  reachNone: 'In {year} no registered artisan took part in a program.',
  competitivenessTitle: 'Competitiveness and the strongest crafts',
  competitivenessQuestion:
    "How ready are the region's products for bigger markets, and which crafts are its strengths?",
  pciMedian: 'Median PCI',
  exportReady: 'Export-ready (PCI ≥ 70)',
  productsAssessed: 'Products assessed',
  strongestCraft: 'Strongest craft (RCA)',
  pciChart: 'Median PCI by craft category',
  pciUnits: 'product competitiveness index, 0–100',
  pciSentence:
    'The median product competitiveness index (PCI) is {pci} out of 100{change}; {share} of the {products} products assessed are export-ready (PCI 70 or more).',
  pciChange: ', {delta} from {year}',
  pciBest: 'The category with the highest median PCI is {best}; the lowest, {worst}.',
  rcaSentence: 'By revenue, the comparative advantages (RCA above 1) are {list}.',
  rcaNone: 'No craft category with a comparative advantage (RCA above 1) can be published.',
  rcaPair: '{category} in {region} ({rca})',
  rcaOwn: '{category} ({rca})',
  pciNone: 'No product of this region had been assessed by the end of {year}.',
  visitsTitle: 'Study visits made and hosted, and what followed',
  visitsQuestion:
    "Where did this region's councils go to learn, who came to learn from them, and what changed afterwards?",
  visitsMade: 'Study visits made',
  visitsHosted: 'Study visits hosted',
  adoptionRate: 'Practices adopted',
  relativeChange: 'Relative PCI change after visits',
  relativeChangeNote: 'mean over {n} visits, against the surrounding region',
  visitsChart: "PCI change in the visiting council's region, against the surrounding region",
  visitsUnits: 'PCI points: (after − before) minus the benchmark’s change',
  adoptionChart: 'Practices adopted per visit',
  adoptionUnits: 'practices adopted of those shown',
  adoptionBar: '{adopted} of {shown}',
  visitsSentence:
    "In {year}, this region's councils made {made} study visits and hosted {hosted}{change}.",
  visitsChange: ' ({year}: {made} and {hosted})',
  diffusionSentence: 'Of the {exposed} good practices seen, {adopted} ({rate}) have been adopted.',
  visitsAfter:
    "After the {n} visits that can be measured, the PCI of the visiting council's region changed by {change} points on average more than its benchmark.",
  visitsTooEarly:
    'The PCI change after the visits of {year} cannot be measured yet: the products have not been assessed in {next}.',
  visitsNone: "In {year} this region's councils made no study visit.",
  programsTitle: 'Programs, targets and cost',
  programsQuestion: 'How many programs ran, did they reach their targets, and what did they cost?',
  programs: 'Programs',
  targetAttainment: 'Participant target attained',
  budget: 'Budget',
  costPerParticipant: 'Cost per participant',
  programsChart: 'Cost per participant by program type',
  programsUnits: 'rupiah per participation',
  programsSentence:
    "In {year}, this region's councils ran {programs} programs with a budget of {budget}; they had {participants} participants against a target of {target} ({attainment}).",
  programsOnTarget:
    '{share} of the programs reached their participant target, and {completion} of participations were completed.',
  programsCost:
    'Cost per participant was {cost}{change}; the dearest type was {dearest} ({dearestCost}).',
  programsCostChange: ', {delta} from {year}',
  programsNone: "In {year} this region's councils ran no program.",
  impactTitle: 'Long-term impact',
  impactQuestion: 'Did revenue grow faster after the first coaching, and for how long?',
  postEffect: 'Effect on revenue (mean after coaching)',
  interval: '95% interval: {low} to {high}',
  preP: 'Pre-trend check (p)',
  preNote: '{df} event times before coaching',
  treatedN: 'Coached enterprises compared',
  eventChart: 'Difference in revenue growth by years since the first coaching',
  eventUnits: '% difference in revenue against the year before coaching, with 95% interval',
  impactPositive:
    'On average over the years after their first coaching, the revenue of coached enterprises {dir} {effect} more than that of enterprises not yet coached (95% interval: {low} to {high}).',
  grew: 'grew',
  shrank: 'fell',
  impactUnclear:
    'On average after coaching, the difference in revenue of {effect} cannot be told apart from zero (95% interval: {low} to {high}).',
  impactNone:
    'The impact cannot be estimated yet: too few enterprises have revenue recorded before and after coaching.',
  preOk:
    'The pre-trend check shows no sign that coached enterprises were already growing differently before coaching (p = {p}), so the comparison is plausible.',
  preWeak:
    'The pre-trend check gives a weak sign that coached enterprises were already growing differently before coaching (p = {p}); read the effect with care.',
  preBad:
    'Warning: coached enterprises were already growing differently before coaching (p = {p}), so this effect is probably biased.',
  preNone: 'The pre-trend cannot be checked: no cohort has two years of data before its coaching.',
  limits:
    'It does not prove that coaching alone caused the difference. Enterprises that join programs may differ from those that have not yet joined in ways the data do not record; cohorts are treated as independent although their comparisons overlap; and only enterprises with revenue recorded in both years count.',
  limitsTitle: 'What this does not prove',
  base: 'base',
  adviceTitle: 'Whom to visit next, and why',
  adviceQuestion: 'Which council is most worth a study visit next?',
  ownScore: 'Own {dimension} score',
  topScore: '{dimension} score of the best host',
  topAdoption: 'Practices its visitors adopted',
  topHosted: 'Study visits it has hosted',
  adviceChart: '{dimension} score of the candidate hosts',
  adviceUnits: 'mean {dimension} of the products in its region, 0–100',
  ownLine: 'own {score}',
  adviceSentence:
    "The weakest dimension of {council}'s products is {dimension} ({score} out of 100). The best host to improve it: {best}.",
  adviceChosen: 'For {dimension} ({score} out of 100), the best host: {best}.',
  adviceDimension:
    "The weakest dimension of {council}'s products is {dimension} ({score} out of 100).",
  adviceReasons: 'Why: {reasons}.',
  adviceNoCouncil: 'No council sits in this region, so there is no study-visit advice.',
  adviceNone: 'There is no candidate host with at least 20 products assessed yet.',
  methodsTitle: 'Methods',
  methodsIntro:
    'Every number is computed from the Anyam dataset with the same definitions as the dashboard, the API and the anyam metrics command. Full definitions:',
  suppressionTitle: 'Small-cell suppression',
  suppression:
    'Figures about artisans, enterprises, products and participations that cover 1 to 4 units read "< 5", and so do rates, means or sums of money over fewer than 5 units, and rates whose numerator is 1 to 4. When a breakdown hides only one cell, the next smallest is hidden too so that it cannot be recovered from the total. What councils did (study visits, exhibitions, programs, targets and budgets) is the work of public bodies and is shown as it is.',
  provenanceTitle: 'Provenance of the data',
  provenanceVersion: 'Version',
  provenanceCreated: 'Created',
  provenanceBy: 'Made by',
  provenanceFormat: 'Format',
  provenanceRows: 'Rows per table',
  mReach:
    'Reach: artisans registered by the end of the year who enrolled in at least one program in that year, over the registered artisans. Representation: the share of a group (women, micro enterprises, under 30) among the reached over its share among the registered.',
  mCompetitiveness:
    "Product competitiveness index (PCI, 0–100): each product's latest assessment by the end of the year, four dimensions (quality, materials, market, compliance) weighted equally; export-ready means a PCI of 70 or more.",
  mRca: "Revealed comparative advantage (RCA, Balassa): a category's share of the region's craft revenue over its share in the parent region; above 1 means stronger than the average.",
  mVisits:
    "Study visits: visits by a council to another in the year. Practices adopted: practices shown and then adopted or institutionalised by the visitor on or after the visit. Relative PCI change: the change in the mean PCI of the visiting council's region from the year before to the year after the visit, minus the change in the rest of its parent region.",
  mPrograms:
    "Programs: programs organised by this region's councils that started in the year. Target attained: participants over target participants; cost per participant: budget over participations.",
  mImpact:
    "Long-term impact: Callaway and Sant'Anna's event study; each cohort (year of first coaching) against enterprises not yet coached, growth of log revenue from the year before coaching. Pre-trend check: a Wald test over the years before coaching; a small p means a difference already before coaching.",
  mAdvice:
    "Study-visit advice: other councils whose region's products (at least 20 assessed) score highest on this council's weakest dimension, then by how much of what they showed was adopted and how many visits they hosted.",
  footer: 'Anyam · Regional Brief {name} · {year}',
};

const dictionaries: Record<Lang, Record<BriefTextKey, string>> = { id, en };

/**
 * A brief text with its placeholders filled.
 *
 *     briefText('en', 'vs', { year: 2024 }) // 'vs 2024'
 */
export function briefText(
  lang: Lang,
  key: BriefTextKey,
  values: Record<string, string | number> = {},
): string {
  return dictionaries[lang][key].replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
