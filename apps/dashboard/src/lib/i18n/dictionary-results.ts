/**
 * Texts of the result pages (long-term impact, programs, the visit follow-up), in Indonesian (the
 * default) and English. Kept apart from the other dictionaries so that they grow without
 * conflicts; `tr` fills `{name}` placeholders the same way as `t`.
 */
import type { Lang } from '@anyam/core';

const id = {
  // Outcomes (the `outcome` option of impact and event_study)
  outcome: 'Ukuran hasil',
  outcome_revenue_idr: 'Omzet',
  outcome_employees: 'Tenaga kerja',
  outcome_units_sold: 'Unit terjual',
  outcomeLower_revenue_idr: 'omzet',
  outcomeLower_employees: 'tenaga kerja',
  outcomeLower_units_sold: 'unit terjual',
  // Long-term impact (event study)
  impactLongLead:
    'Apakah UMKM yang dibina tumbuh lebih cepat daripada UMKM yang belum dibina, dan apakah keunggulan itu bertahan beberapa tahun? Setiap kohort diikuti dari beberapa tahun sebelum hingga beberapa tahun sesudah pembinaan pertamanya.',
  esTitle: '{outcome}: dampak per tahun sejak pembinaan pertama',
  esGuide:
    'Studi peristiwa. Titik: seberapa lebih cepat (di atas 0) atau lebih lambat (di bawah 0) UMKM binaan tumbuh dibanding UMKM yang belum dibina, diukur dari tahun sebelum pembinaan pertama (tahun dasar, 0). Garis: selang kepercayaan 95%. Area berarsir: tahun-tahun sebelum pembinaan, yang seharusnya dekat nol.',
  esUnits: '% selisih {outcome} terhadap tahun dasar; tahun sejak pembinaan pertama',
  eventTime: 'Tahun sejak pembinaan',
  eventTimeShort: 'Tahun ke-',
  baseYear: 'tahun dasar',
  beforeCoaching: 'sebelum pembinaan',
  afterCoaching: 'sesudah pembinaan',
  cohortsCombined: 'Kohort digabung',
  cohortView: 'Kohort',
  allCohorts: 'Semua kohort (gabungan)',
  cohortOption: 'Kohort {cohort}',
  att: 'ATT (log)',
  pretrendTitle: 'Sebelum pembinaan',
  pretrendPass:
    'Sebelum pembinaan, UMKM yang dibina dan yang belum dibina tumbuh serupa (p = {p}, di atas 0,05: perbedaan kecil di antara keduanya bisa saja kebetulan).',
  pretrendFail:
    'Sebelum pembinaan, UMKM yang dibina sudah tumbuh berbeda dari yang belum dibina (p = {p}, di bawah 0,05: perbedaan itu kemungkinan nyata). Perkiraan dampak bisa tercampur perbedaan yang sudah ada itu.',
  pretrendNone:
    'Belum ada cukup tahun sebelum pembinaan untuk memeriksa apakah kedua kelompok tumbuh serupa.',
  pretrendHidden:
    'Pemeriksaan sebelum pembinaan disembunyikan: terlalu sedikit UMKM (kurang dari 5) untuk diterbitkan.',
  pretrendDetail: 'Uji tren awal: uji Wald atas {df} tahun sebelum pembinaan (χ² = {wald}).',
  longTermTitle: 'Dalam jangka panjang',
  longTermPositive:
    'Dari tahun pembinaan pertama hingga {h} tahun sesudahnya, {outcome} UMKM binaan tumbuh rata-rata {effect} lebih cepat daripada UMKM yang belum dibina (selang 95%: {low} hingga {high}).',
  longTermNegative:
    'Dari tahun pembinaan pertama hingga {h} tahun sesudahnya, {outcome} UMKM binaan tumbuh rata-rata {effect} lebih lambat daripada UMKM yang belum dibina (selang 95%: {low} hingga {high}).',
  longTermUnclear:
    'Selang 95% dampak rata-rata sesudah pembinaan mencakup nol ({low} hingga {high}): data ini belum menunjukkan perbedaan {outcome} yang jelas.',
  longTermNone:
    'Belum ada cukup UMKM binaan dan UMKM yang belum dibina (sedikitnya 2 di setiap kelompok, dengan data tahun sebelum dan sesudah pembinaan) untuk memperkirakan dampak jangka panjang.',
  esNoCohort:
    'Tidak ada kohort dengan sedikitnya 2 UMKM binaan dan 2 UMKM yang belum dibina yang punya data tahun ini dan tahun dasar.',
  longTermHidden:
    'Dampak jangka panjang disembunyikan: terlalu sedikit UMKM (kurang dari 5) untuk diterbitkan.',
  longTermLatest: 'Pada tahun ke-{h}: {effect} (selang 95%: {low} hingga {high}).',
  esCaveatTitle: 'Yang tidak dibuktikan pemeriksaan ini',
  esCaveat:
    'Pemeriksaan sebelum pembinaan hanya menunjukkan bahwa kedua kelompok tumbuh serupa sebelumnya; itu tidak membuktikan bahwa mereka akan tetap serupa tanpa pembinaan. Kohort digabung seolah-olah tidak saling berkaitan, padahal sebagian UMKM pembandingnya sama, sehingga selang 95% sedikit terlalu sempit: perkiraan tampak lebih pasti daripada sebenarnya. Makin jauh dari tahun pembinaan, makin sedikit kohort yang bisa diikuti.',
  oneYearTitle: '{outcome}: dampak setahun sesudah pembinaan pertama, per kohort',
  oneYearUnits: '% selisih pertumbuhan {outcome} (t−1 ke t+1)',
  oneYearGuide:
    'Titik: perkiraan; garis: selang kepercayaan 95%. Di kanan garis nol berarti {outcome} UMKM binaan tumbuh lebih cepat.',
  oneYearPositive:
    '{outcome} UMKM yang mulai dibina pada {cohorts} tumbuh sekitar {effect} lebih cepat daripada UMKM pembanding (selang 95%: {low} hingga {high}), diukur dari setahun sebelum hingga setahun sesudah tahun pembinaan pertama.',
  oneYearNegative:
    '{outcome} UMKM yang mulai dibina pada {cohorts} tumbuh sekitar {effect} lebih lambat daripada UMKM pembanding (selang 95%: {low} hingga {high}).',
  oneYearUnclear:
    'Selang 95% mencakup nol ({low} hingga {high}): data ini belum menunjukkan perbedaan pertumbuhan {outcome} yang jelas.',
  // Programs
  programsTitle: 'Program',
  programsLead:
    'Bagaimana program Dekranasda dirancang, diikuti dan dibiayai: capaian target peserta, tingkat penyelesaian, serta biaya per peserta dan per peserta yang menyelesaikan.',
  groupBy: 'Kelompokkan',
  byCouncil: 'Per Dekranasda',
  byProgramType: 'Per jenis program',
  measure: 'Ukuran di grafik',
  group_council: 'Dekranasda',
  group_program_type: 'Jenis program',
  programs: 'Program',
  targetParticipants: 'Target peserta',
  participants: 'Peserta',
  distinctArtisans: 'Perajin berbeda',
  completed: 'Selesai',
  targetAttainment: 'Capaian target',
  onTargetShare: 'Program mencapai target',
  completionRate: 'Tingkat penyelesaian',
  budget: 'Anggaran',
  costPerParticipant: 'Biaya per peserta',
  costPerCompletion: 'Biaya per peserta selesai',
  programsChartTitle: '{measure} · {group}',
  guide_target_attainment:
    'Peserta dibanding target peserta; garis 100%: tepat target. Di samping: peserta / target.',
  guide_completion_rate:
    'Bagian peserta yang menyelesaikan program. Di samping: selesai / peserta.',
  guide_cost_per_participant: 'Anggaran dibagi jumlah peserta. Di samping: anggaran.',
  guide_cost_per_completion:
    'Anggaran dibagi jumlah peserta yang menyelesaikan program. Di samping: anggaran.',
  programsTableTitle: 'Semua ukuran',
  programsTableGuide: 'Klik judul kolom untuk mengurutkan.',
  programsSummary:
    '{programs} program dengan anggaran {budget}: {participants} peserta dari target {target} ({attainment}); {onTarget} program mencapai targetnya.',
  noPrograms: 'Tidak ada program yang dimulai pada periode ini.',
  sortBy: 'Urutkan menurut {column}',
  ascending: 'naik',
  descending: 'turun',
  // Visit follow-up
  visitsTitle: 'Sesudah studi tiru: apa yang berubah',
  visitsGuide:
    'Setiap kunjungan: praktik yang diperlihatkan tuan rumah dan yang kemudian diadopsi pengunjung, lalu PCI rata-rata produk wilayah pengunjung setahun sebelum dan setahun sesudah kunjungan, dibanding sisa provinsinya.',
  visitsChartGuide:
    'Batang: perubahan PCI wilayah pengunjung dikurangi perubahan PCI sisa provinsi (poin PCI), setahun sebelum ke setahun sesudah kunjungan. Di kanan nol: wilayah pengunjung naik lebih banyak.',
  visitsUnits: 'poin PCI (0–100)',
  visitsTableTitle: 'Tindak lanjut setiap kunjungan',
  visitDate: 'Tanggal',
  practicesShown: 'Praktik diperlihatkan',
  practicesAdopted: 'Praktik diadopsi',
  pciBefore: 'PCI setahun sebelum',
  pciAfter: 'PCI setahun sesudah',
  pciChange: 'Perubahan PCI',
  benchmarkChange: 'Perubahan sisa provinsi',
  relativeChange: 'Selisih terhadap sisa provinsi',
  assessedBefore: 'Penilaian sebelum',
  assessedAfter: 'Penilaian sesudah',
  visitLabel: '{visitor} → {host}, {date}',
  noBenchmark: 'tanpa pembanding',
  noAfterYet: 'belum ada penilaian setahun sesudahnya',
  noAfterHint:
    'Produk yang dikunjungi pada {year} baru dinilai lagi pada {next}, jadi perubahan PCI-nya belum bisa dilihat.',
  showYear: 'Lihat kunjungan {year}',
  impactLongTitle: 'Dampak pembinaan',
  effectCaveat:
    'Ini perbandingan dengan UMKM yang belum dibina, bukan uji acak: angka ini belum membuktikan bahwa pembinaanlah penyebabnya.',
  effectMore: 'Cara membaca perkiraan dampak',
  // Why the overview's pooled estimate is missing (whyPooledNotEstimable's reasons).
  effectWhy_noBefore:
    'Data omzet dimulai {first}: belum ada tahun sebelum pembinaan untuk mengukur pertumbuhan.',
  effectWhy_noAfter: 'Belum ada data omzet tahun {after}, setahun sesudah pembinaan.',
  effectWhy_fewTreated:
    'Kurang dari 2 UMKM binaan punya data omzet setahun sebelum dan setahun sesudah pembinaan.',
  effectWhy_noComparison: 'Kurang dari 2 UMKM yang belum dibina untuk dibandingkan.',
  effectWhy_hidden:
    'Disembunyikan karena salah satu kelompok kurang dari 5 UMKM, untuk melindungi privasi.',
  noVisits: 'Tidak ada studi tiru pada periode ini.',
  visitsCaveat:
    'Perubahan PCI wilayah pengunjung tidak hanya karena kunjungan: program dan kunjungan lain pada tahun yang sama juga berpengaruh.',
  downloadTableCsv: 'Unduh tabel {title} sebagai CSV',
};

export type RKey = keyof typeof id;

const en: Record<RKey, string> = {
  outcome: 'Outcome',
  outcome_revenue_idr: 'Revenue',
  outcome_employees: 'Employees',
  outcome_units_sold: 'Units sold',
  outcomeLower_revenue_idr: 'revenue',
  outcomeLower_employees: 'employees',
  outcomeLower_units_sold: 'units sold',
  impactLongLead:
    'Do coached enterprises grow faster than enterprises not yet coached, and does the lead last for years? Each cohort is followed from a few years before to a few years after its first coaching.',
  esTitle: '{outcome}: effect by years since first coaching',
  esGuide:
    'Event study. Dots: how much faster (above 0) or slower (below 0) coached enterprises grew than those not yet coached, measured from the year before first coaching (the base year, 0). Lines: 95% confidence intervals. Shaded: the years before coaching, which should sit near zero.',
  esUnits: '% difference in {outcome} from the base year; years since first coaching',
  eventTime: 'Years since coaching',
  eventTimeShort: 'Year ',
  baseYear: 'base year',
  beforeCoaching: 'before coaching',
  afterCoaching: 'after coaching',
  cohortsCombined: 'Cohorts combined',
  cohortView: 'Cohort',
  allCohorts: 'All cohorts (combined)',
  cohortOption: 'Cohort {cohort}',
  att: 'ATT (log)',
  pretrendTitle: 'Before coaching',
  pretrendPass:
    'Before coaching, coached enterprises and those not yet coached grew alike (p = {p}, above 0.05: the small difference between them may be chance).',
  pretrendFail:
    'Before coaching, coached enterprises were already growing differently from those not yet coached (p = {p}, below 0.05: the difference is likely real). The effects may mix in that existing difference.',
  pretrendNone:
    'There are not yet enough years before coaching to check whether both groups grew alike.',
  pretrendHidden:
    'The check before coaching is hidden: too few enterprises (fewer than 5) to publish.',
  pretrendDetail: 'Pre-trend check: a Wald test over {df} years before coaching (χ² = {wald}).',
  longTermTitle: 'In the long run',
  longTermPositive:
    'From the year of first coaching to {h} years after, the {outcome} of coached enterprises grew on average {effect} faster than that of enterprises not yet coached (95% interval: {low} to {high}).',
  longTermNegative:
    'From the year of first coaching to {h} years after, the {outcome} of coached enterprises grew on average {effect} slower than that of enterprises not yet coached (95% interval: {low} to {high}).',
  longTermUnclear:
    'The 95% interval of the average effect after coaching includes zero ({low} to {high}): these data show no clear difference in {outcome} yet.',
  longTermNone:
    'There are not yet enough coached enterprises and enterprises not yet coached (at least 2 in each group, with figures for the years before and after coaching) for a long-term estimate.',
  esNoCohort:
    'No cohort has at least 2 coached and 2 not-yet-coached enterprises with figures for this year and the base year.',
  longTermHidden: 'The long-term effect is hidden: too few enterprises (fewer than 5) to publish.',
  longTermLatest: 'In year {h}: {effect} (95% interval: {low} to {high}).',
  esCaveatTitle: 'What the check does not prove',
  esCaveat:
    'The check before coaching only shows that both groups grew alike before; it does not prove they would have stayed alike without coaching. Cohorts are combined as if unrelated although they share some comparison enterprises, so the 95% intervals are a little too narrow: the estimates look surer than they are. The further from the coaching year, the fewer cohorts can be followed.',
  oneYearTitle: '{outcome}: effect one year after first coaching, by cohort',
  oneYearUnits: '% difference in {outcome} growth (t−1 to t+1)',
  oneYearGuide:
    'Dots: estimates; lines: 95% confidence intervals. Right of the zero line: the {outcome} of coached enterprises grew faster.',
  oneYearPositive:
    'The {outcome} of enterprises first coached in {cohorts} grew about {effect} faster than that of comparison enterprises (95% interval: {low} to {high}), from the year before to the year after their first coaching year.',
  oneYearNegative:
    'The {outcome} of enterprises first coached in {cohorts} grew about {effect} slower than that of comparison enterprises (95% interval: {low} to {high}).',
  oneYearUnclear:
    'The 95% interval includes zero ({low} to {high}): these data show no clear difference in {outcome} growth yet.',
  programsTitle: 'Programs',
  programsLead:
    'How the councils’ programs were sized, attended and paid for: target attainment, the completion rate, and the cost per participant and per completion.',
  groupBy: 'Group by',
  byCouncil: 'By council',
  byProgramType: 'By program type',
  measure: 'Measure in the chart',
  group_council: 'Council',
  group_program_type: 'Program type',
  programs: 'Programs',
  targetParticipants: 'Target participants',
  participants: 'Participants',
  distinctArtisans: 'Distinct artisans',
  completed: 'Completed',
  targetAttainment: 'Target attainment',
  onTargetShare: 'Programs on target',
  completionRate: 'Completion rate',
  budget: 'Budget',
  costPerParticipant: 'Cost per participant',
  costPerCompletion: 'Cost per completion',
  programsChartTitle: '{measure} · {group}',
  guide_target_attainment:
    'Participants against the target; the 100% line: on target. Beside: participants / target.',
  guide_completion_rate:
    'Share of participants who completed the program. Beside: completed / participants.',
  guide_cost_per_participant: 'Budget divided by participants. Beside: budget.',
  guide_cost_per_completion: 'Budget divided by participants who completed. Beside: budget.',
  programsTableTitle: 'Every measure',
  programsTableGuide: 'Click a column heading to sort.',
  programsSummary:
    '{programs} programs with a budget of {budget}: {participants} participants against a target of {target} ({attainment}); {onTarget} of the programs met their target.',
  noPrograms: 'No program started in this period.',
  sortBy: 'Sort by {column}',
  ascending: 'ascending',
  descending: 'descending',
  visitsTitle: 'After each study visit: what changed',
  visitsGuide:
    'Each visit: the practices the host showed and those the visitor adopted afterwards, then the mean PCI of the visiting region’s products the year before and the year after the visit, against the rest of its province.',
  visitsChartGuide:
    'Bars: the change in the visiting region’s PCI minus the change in the rest of its province (PCI points), from the year before to the year after the visit. Right of zero: the visiting region rose more.',
  visitsUnits: 'PCI points (0–100)',
  visitsTableTitle: 'Follow-up of each visit',
  visitDate: 'Date',
  practicesShown: 'Practices shown',
  practicesAdopted: 'Practices adopted',
  pciBefore: 'PCI the year before',
  pciAfter: 'PCI the year after',
  pciChange: 'PCI change',
  benchmarkChange: 'Rest of province change',
  relativeChange: 'Against the rest of the province',
  assessedBefore: 'Assessments before',
  assessedAfter: 'Assessments after',
  visitLabel: '{visitor} → {host}, {date}',
  noBenchmark: 'no benchmark',
  noAfterYet: 'no assessment the year after yet',
  noAfterHint:
    'The visiting regions of {year} are assessed again in {next}, so their PCI change cannot be seen yet.',
  showYear: 'Show the visits of {year}',
  impactLongTitle: 'Impact of coaching',
  effectCaveat:
    'This is a comparison with enterprises not yet coached, not a randomised trial: it does not prove that coaching caused the difference.',
  effectMore: 'How to read the impact estimate',
  effectWhy_noBefore:
    'The revenue figures begin in {first}: there is no year before coaching to measure growth from.',
  effectWhy_noAfter: 'There are no revenue figures for {after}, the year after coaching, yet.',
  effectWhy_fewTreated:
    'Fewer than 2 coached enterprises have revenue figures for the year before and the year after coaching.',
  effectWhy_noComparison: 'Fewer than 2 enterprises not yet coached to compare with.',
  effectWhy_hidden:
    'Hidden because one of the groups has fewer than 5 enterprises, to protect privacy.',
  noVisits: 'No study visit in this period.',
  visitsCaveat:
    'A change in the visiting region’s PCI is not only the visit’s doing: programs and other visits in the same years count too.',
  downloadTableCsv: 'Download the table {title} as CSV',
};

export const dictionaryResults: Record<Lang, Record<RKey, string>> = { id, en };

/**
 * A result-page message in `lang` with its `{name}` placeholders filled.
 *
 *     tr('en', 'pretrendPass', { p: '0.75' })
 *     // 'Before coaching, coached and not-yet-coached UMKM grew alike: p = 0.75.'
 */
export function tr(lang: Lang, key: RKey, values: Record<string, string | number> = {}): string {
  return dictionaryResults[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
