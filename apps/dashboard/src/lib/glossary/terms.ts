/**
 * Every statistical term a planner meets on the dashboard, with a plain gloss of one or two
 * sentences in Indonesian and English: the one source of the inline term buttons (Term.svelte)
 * and of the glossary on /data (`#glosarium`). `match` lists how page texts write the term
 * (compared without case, as whole words), longest first where one contains another.
 */
import type { Lang } from '@anyam/core';

export interface GlossaryEntry {
  /** The anchor on /data (`#glosarium-kohort`), the same in both languages. */
  key: string;
  term: Record<Lang, string>;
  gloss: Record<Lang, string>;
  match: Record<Lang, readonly string[]>;
}

export const glossary: readonly GlossaryEntry[] = [
  {
    key: 'kohort',
    term: { id: 'Kohort', en: 'Cohort' },
    gloss: {
      id: 'Kelompok UMKM yang mulai dibina pada tahun yang sama. Kohort 2023 berarti UMKM yang pertama kali ikut program pada 2023.',
      en: 'The enterprises first coached in the same year. Cohort 2023 means the enterprises whose first program was in 2023.',
    },
    match: { id: ['kohort'], en: ['cohorts', 'cohort'] },
  },
  {
    key: 'selisih-dalam-selisih',
    term: { id: 'Selisih-dalam-selisih', en: 'Difference in differences' },
    gloss: {
      id: 'Cara memperkirakan dampak: pertumbuhan UMKM binaan dibandingkan dengan pertumbuhan UMKM yang belum dibina pada tahun-tahun yang sama. Selisih kedua pertumbuhan itu adalah perkiraan dampaknya.',
      en: 'A way to estimate an effect: the growth of coached enterprises is set against the growth of enterprises not yet coached over the same years. The gap between the two is the estimated effect.',
    },
    match: {
      id: ['selisih-dalam-selisih'],
      en: ['difference-in-differences', 'difference in differences'],
    },
  },
  {
    key: 'umkm-pembanding',
    term: { id: 'UMKM pembanding', en: 'Comparison enterprises' },
    gloss: {
      id: 'UMKM di wilayah yang sama yang belum dibina pada tahun-tahun yang dibandingkan. Pertumbuhan mereka menunjukkan kira-kira apa yang terjadi tanpa pembinaan.',
      en: 'Enterprises in the same region not yet coached in the years compared. Their growth shows roughly what would have happened without coaching.',
    },
    match: {
      id: ['umkm pembanding', 'kelompok pembanding'],
      en: ['comparison enterprises', 'comparison groups', 'comparison group'],
    },
  },
  {
    key: 'galat-baku',
    term: { id: 'Galat baku', en: 'Standard error' },
    gloss: {
      id: 'Seberapa jauh sebuah perkiraan bisa meleset hanya karena kebetulan UMKM mana yang ada di data. Makin kecil, makin pasti perkiraannya.',
      en: 'How far an estimate could be off just because of which enterprises happen to be in the data. The smaller it is, the surer the estimate.',
    },
    match: { id: ['galat baku'], en: ['standard error'] },
  },
  {
    key: 'selang-kepercayaan',
    term: { id: 'Selang kepercayaan 95%', en: '95% confidence interval' },
    gloss: {
      id: 'Rentang yang hampir pasti (95 dari 100 kali) memuat dampak yang sebenarnya. Bila rentang itu mencakup nol, data belum menunjukkan dampak yang jelas.',
      en: 'The range that almost surely (95 times in 100) holds the true effect. When it includes zero, the data do not yet show a clear effect.',
    },
    match: {
      id: ['selang kepercayaan 95%', 'selang kepercayaan', 'selang 95%'],
      en: [
        '95% confidence intervals',
        '95% confidence interval',
        '95% intervals',
        '95% interval',
        'confidence intervals',
        'confidence interval',
      ],
    },
  },
  {
    key: 'nilai-p',
    term: { id: 'Nilai p', en: 'p-value' },
    gloss: {
      id: 'Seberapa mungkin perbedaan sebesar ini muncul hanya karena kebetulan. Di bawah 0,05 biasanya dianggap perbedaan yang nyata; di atasnya, perbedaan itu bisa saja kebetulan.',
      en: 'How likely a difference this large would appear by chance alone. Below 0.05 it is usually taken as a real difference; above it, the difference may be chance.',
    },
    match: { id: ['nilai p', 'p ='], en: ['p-value', 'p ='] },
  },
  {
    key: 'perubahan-log',
    term: { id: 'Perubahan log', en: 'Log change' },
    gloss: {
      id: 'Cara mengukur pertumbuhan dalam persen: perubahan log 0,10 kira-kira sama dengan naik 10%. Dengan cara ini UMKM besar dan kecil dapat dibandingkan dengan adil.',
      en: 'A way to measure growth in percent terms: a log change of 0.10 is about a 10% rise. It lets large and small enterprises be compared fairly.',
    },
    match: { id: ['perubahan log', 'log'], en: ['log change', 'logs', 'log'] },
  },
  {
    key: 'studi-peristiwa',
    term: { id: 'Studi peristiwa', en: 'Event study' },
    gloss: {
      id: 'Mengikuti UMKM binaan tahun demi tahun, dari beberapa tahun sebelum hingga beberapa tahun sesudah pembinaan pertama, dibanding UMKM yang belum dibina.',
      en: 'Follows coached enterprises year by year, from a few years before to a few years after their first coaching, against enterprises not yet coached.',
    },
    match: { id: ['studi peristiwa'], en: ['event study'] },
  },
  {
    key: 'tahun-dasar',
    term: { id: 'Tahun dasar', en: 'Base year' },
    gloss: {
      id: 'Tahun sebelum pembinaan pertama. Setiap perubahan diukur dari tahun ini, jadi di grafik nilainya selalu 0.',
      en: 'The year before the first coaching. Every change is measured from it, so the chart shows it at 0.',
    },
    match: { id: ['tahun dasar'], en: ['base year'] },
  },
  {
    key: 'uji-tren-awal',
    term: { id: 'Uji tren awal', en: 'Pre-trend check' },
    gloss: {
      id: 'Pemeriksaan apakah UMKM binaan dan yang belum dibina sudah tumbuh serupa sebelum pembinaan. Bila tidak, perkiraan dampak bisa tercampur perbedaan yang sudah ada sejak awal.',
      en: 'A check of whether coached and not-yet-coached enterprises were already growing alike before coaching. If not, the estimated effect may mix in a difference that was there from the start.',
    },
    match: { id: ['uji tren awal'], en: ['pre-trend check', 'pre-trend'] },
  },
  {
    key: 'uji-wald',
    term: { id: 'Uji Wald (χ²)', en: 'Wald test (χ²)' },
    gloss: {
      id: 'Hitungan yang merangkum selisih semua tahun sebelum pembinaan menjadi satu angka (χ²). Dari angka itu diperoleh nilai p.',
      en: 'A calculation that sums up the gaps of all the years before coaching in one number (χ²). The p-value comes from it.',
    },
    match: { id: ['uji wald'], en: ['wald test'] },
  },
  {
    key: 'tren-paralel',
    term: { id: 'Tren paralel', en: 'Parallel trends' },
    gloss: {
      id: 'Anggapan bahwa tanpa pembinaan UMKM binaan dan pembanding akan tumbuh sejajar. Perkiraan dampak hanya dapat dipercaya bila anggapan ini masuk akal.',
      en: 'The assumption that without coaching, coached and comparison enterprises would have grown alike. The estimated effect can only be trusted when that is plausible.',
    },
    match: { id: ['asumsi tren paralel', 'tren paralel'], en: ['parallel trends'] },
  },
  {
    key: 'att',
    term: { id: 'ATT', en: 'ATT' },
    gloss: {
      id: 'Dampak rata-rata pada UMKM yang dibina (bukan pada semua UMKM), ditulis sebagai perubahan log.',
      en: 'The average effect on the enterprises that were coached (not on all enterprises), written as a log change.',
    },
    match: { id: ['att'], en: ['att'] },
  },
  {
    key: 'idp',
    term: { id: 'IDP (Indeks Daya saing Produk)', en: 'PCI (Product Competitiveness Index)' },
    gloss: {
      id: 'Nilai 0–100 untuk daya saing satu produk, dari penilaian desain, pengerjaan, kemasan, bahan, kesiapan pasar, sertifikat dan saluran jual. Makin tinggi, makin siap bersaing.',
      en: 'A score from 0 to 100 for how competitive a product is, from its design, craftsmanship, packaging, materials, market readiness, certificates and sales channels. Higher is readier.',
    },
    match: {
      id: ['indeks daya saing produk', 'idp'],
      en: ['product competitiveness index', 'pci'],
    },
  },
  {
    key: 'median',
    term: { id: 'Median', en: 'Median' },
    gloss: {
      id: 'Nilai tengah: separuh nilai berada di bawahnya dan separuh di atasnya. Tidak terseret oleh beberapa nilai yang sangat tinggi atau sangat rendah.',
      en: 'The middle value: half the values lie below it and half above. A few very high or very low values do not pull it.',
    },
    match: { id: ['median'], en: ['median'] },
  },
  {
    key: 'rentang-peringkat',
    term: { id: 'Rentang peringkat P5–P95', en: 'P5–P95 rank range' },
    gloss: {
      id: 'Peringkat yang dicapai wilayah bila bobot dimensi digeser sedikit secara acak berulang kali: 90 dari 100 percobaan jatuh dalam rentang ini. Rentang lebar berarti peringkatnya belum pasti.',
      en: 'The ranks a region gets when the dimension weights are nudged at random many times: 90 of 100 tries fall in this range. A wide range means the rank is not settled.',
    },
    match: {
      id: ['persentil ke-5 sampai ke-95', 'p5–p95', 'persentil'],
      en: ['5th–95th percentile', 'p5–p95', 'percentile'],
    },
  },
  {
    key: 'rca',
    term: { id: 'RCA (keunggulan komparatif)', en: 'RCA (comparative advantage)' },
    gloss: {
      id: 'Seberapa besar satu kategori kriya menyumbang omzet wilayah dibanding sumbangannya di seluruh provinsi. Di atas 1 berarti wilayah ini lebih kuat di kategori itu daripada rata-rata.',
      en: 'How much a craft category weighs in a region’s revenue compared with its weight in the whole province. Above 1 means the region is stronger in that category than average.',
    },
    match: {
      id: ['keunggulan komparatif', 'indeks balassa', 'rca'],
      en: ['revealed comparative advantage', 'comparative advantage', 'balassa index', 'rca'],
    },
  },
  {
    key: 'siap-ekspor',
    term: { id: 'Siap ekspor', en: 'Export-ready' },
    gloss: {
      id: 'Bagian produk yang IDP-nya 70 atau lebih.',
      en: 'The share of products with a PCI of 70 or more.',
    },
    match: { id: ['siap ekspor'], en: ['export-ready', 'export ready'] },
  },
  {
    key: 'tingkat-jangkauan',
    term: { id: 'Tingkat jangkauan', en: 'Reach rate' },
    gloss: {
      id: 'Bagian pengrajin terdaftar yang ikut setidaknya satu program pada tahun itu.',
      en: 'The share of registered artisans who joined at least one program that year.',
    },
    match: { id: ['tingkat jangkauan'], en: ['reach rate'] },
  },
  {
    key: 'representasi',
    term: { id: 'Keterwakilan (representasi)', en: 'Representativeness' },
    gloss: {
      id: 'Porsi suatu kelompok (misalnya perempuan) di antara pengrajin yang terjangkau dibagi porsinya di antara semua pengrajin terdaftar. 1,0 berarti terwakili sepadan; di bawah 1,0 berarti kelompok itu kurang terjangkau.',
      en: 'A group’s share (women, say) among the artisans reached divided by its share among all registered artisans. 1.0 means fairly represented; below 1.0 means the group is reached less.',
    },
    match: {
      id: ['keterwakilan', 'representasi'],
      en: ['representativeness', 'representation'],
    },
  },
  {
    key: 'tingkat-penyelesaian',
    term: { id: 'Tingkat penyelesaian', en: 'Completion rate' },
    gloss: {
      id: 'Bagian keikutsertaan program yang diselesaikan sampai akhir. Pengrajin yang ikut dua program dihitung dua kali.',
      en: 'The share of program places completed to the end. An artisan in two programs counts twice.',
    },
    match: { id: ['tingkat penyelesaian'], en: ['completion rate'] },
  },
  {
    key: 'retensi',
    term: { id: 'Retensi', en: 'Retention' },
    gloss: {
      id: 'Bagian pengrajin yang dijangkau pada satu tahun dan ikut program lagi pada tahun berikutnya.',
      en: 'The share of artisans reached in one year who join a program again the next year.',
    },
    match: { id: ['retensi'], en: ['retention'] },
  },
  {
    key: 'betweenness',
    term: { id: 'Betweenness (penghubung)', en: 'Betweenness' },
    gloss: {
      id: 'Seberapa sering sebuah Dekranasda berada di jalan terpendek antara dua Dekranasda lain: 0 berarti tidak pernah menjadi penghubung, 1 berarti selalu.',
      en: 'How often a council lies on the shortest path between two other councils: 0 means it never links others, 1 means it always does.',
    },
    match: { id: ['betweenness'], en: ['betweenness'] },
  },
  {
    key: 'kepadatan',
    term: { id: 'Kepadatan jejaring', en: 'Network density' },
    gloss: {
      id: 'Bagian dari semua pasangan Dekranasda yang mungkin yang benar-benar terhubung: 0 berarti tidak ada hubungan, 1 berarti semua saling terhubung.',
      en: 'The share of all possible pairs of councils that are actually linked: 0 means no links, 1 means everyone is linked to everyone.',
    },
    match: { id: ['kepadatan'], en: ['density'] },
  },
  {
    key: 'tingkat-adopsi',
    term: { id: 'Tingkat adopsi', en: 'Adoption rate' },
    gloss: {
      id: 'Bagian praktik yang dilihat saat studi tiru yang kemudian benar-benar diterapkan (tahap diadopsi atau melembaga) oleh Dekranasda pengunjung.',
      en: 'The share of the practices seen on a study visit that the visiting council then put into use (adopted or institutionalised).',
    },
    match: { id: ['tingkat adopsi'], en: ['adoption rate'] },
  },
  {
    key: 'capaian-target',
    term: { id: 'Capaian target', en: 'Target attainment' },
    gloss: {
      id: 'Jumlah peserta program dibagi target pesertanya: 100% berarti tepat target, di atas 100% berarti melampauinya.',
      en: 'A program’s participants divided by its target: 100% means on target, above 100% means beyond it.',
    },
    match: { id: ['capaian target'], en: ['target attainment'] },
  },
  {
    key: 'penjualan-per-peserta',
    term: { id: 'Penjualan per peserta', en: 'Sales per exhibitor' },
    gloss: {
      id: 'Total penjualan di pameran dibagi jumlah peserta. UMKM yang ikut dua pameran dihitung dua kali.',
      en: 'Total sales at the exhibitions divided by the number of exhibitors. An enterprise at two fairs counts twice.',
    },
    match: { id: ['penjualan per peserta'], en: ['sales per exhibitor'] },
  },
  {
    key: 'pameran-bersama',
    term: { id: 'Pameran bersama', en: 'Joint exhibition' },
    gloss: {
      id: 'Pameran yang diselenggarakan dua Dekranasda atau lebih bersama-sama.',
      en: 'An exhibition organised by two or more councils together.',
    },
    match: { id: ['pameran bersama'], en: ['joint exhibitions', 'joint exhibition'] },
  },
  {
    key: 'disembunyikan',
    term: { id: 'Disembunyikan (< 5)', en: 'Hidden (< 5)' },
    gloss: {
      id: 'Angka dari kurang dari 5 orang atau usaha tidak diterbitkan, agar tidak ada yang bisa dikenali. Ditulis “< 5”, bukan 0.',
      en: 'A figure from fewer than 5 people or businesses is not published, so that no one can be recognised. It reads “< 5”, not 0.',
    },
    match: { id: ['disembunyikan'], en: ['hidden'] },
  },
];
