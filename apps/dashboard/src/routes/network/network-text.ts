/**
 * Texts of the network chart's national view, matrix and search, in Indonesian (the default) and
 * English; the page's other texts are in `$lib/i18n/dictionary-pages.ts`.
 */
import type { Lang } from '@anyam/core';

const id = {
  networkView: 'Tampilan jejaring',
  graphView: 'Graf',
  matrixView: 'Matriks',
  search: 'Cari Dekranasda',
  searchNational: 'Cari provinsi atau Dekranasda',
  searchPlaceholder: 'mis. Kab. Malang',
  searchFound: '{n} ditemukan: {names}',
  searchNone: 'Tidak ada yang cocok dengan “{q}”.',
  clearSearch: 'Hapus pencarian',
  provinceGraphTitle: 'Jejaring antarprovinsi',
  provinceGraphGuide:
    'Tiap lingkaran satu provinsi, Dekranasda-nya dijumlahkan. Panah: studi tiru dari provinsi pengunjung ke provinsi tuan rumah, makin tebal makin banyak. Garis putus-putus: pameran bersama. Pilih provinsi untuk melihat jejaring di dalamnya.',
  provinceGraphUnits: 'ukuran simpul: kunjungan studi tiru; tebal garis: jumlah; warna: pulau',
  matrixGuide:
    'Baris: pengunjung; kolom: tuan rumah. Makin gelap makin banyak kunjungan dan pameran bersama. Diurutkan per provinsi, lalu jumlah mitra.',
  matrixUnits: 'warna: kunjungan + pameran bersama',
  matrixLegend: 'kunjungan + pameran bersama',
  cellVisits: 'Studi tiru {from} → {to}: {n}',
  cellJoint: 'Pameran bersama: {n}',
  provinceTableTitle: 'Per provinsi',
  provinceTableGuide:
    'Kunjungan dan pameran bersama Dekranasda tiap provinsi. Pilih provinsi untuk melihat jejaring di dalamnya.',
  provinceSummary:
    '{provinces} provinsi, {councils} Dekranasda; {edges} hubungan antarprovinsi, {within} kunjungan di dalam provinsi.',
  province: 'Provinsi',
  councils: 'Dekranasda',
  visitsWithin: 'Kunjungan di dalam provinsi',
  visitsWithinShort: 'Di dalam',
  visitsToOther: 'Kunjungan ke provinsi lain',
  visitsToOtherShort: 'Keluar',
  visitsFromOther: 'Kunjungan dari provinsi lain',
  visitsFromOtherShort: 'Masuk',
  jointAcross: 'Pameran bersama lintas provinsi',
  jointAcrossShort: 'Pameran bersama',
  partnerProvinces: 'Provinsi mitra',
  openProvince: 'Pilih untuk membuka provinsi ini.',
  adoptionByProvince: 'Adopsi per provinsi pengunjung',
};

export type NetworkTextKey = keyof typeof id;

const en: Record<NetworkTextKey, string> = {
  networkView: 'Network view',
  graphView: 'Graph',
  matrixView: 'Matrix',
  search: 'Find a council',
  searchNational: 'Find a province or council',
  searchPlaceholder: 'e.g. Kab. Malang',
  searchFound: '{n} found: {names}',
  searchNone: 'Nothing matches “{q}”.',
  clearSearch: 'Clear the search',
  provinceGraphTitle: 'The network between provinces',
  provinceGraphGuide:
    'Each circle is a province, its councils summed. Arrows: study visits from the visiting province to the host, thicker for more. Dashed lines: joint exhibitions. Choose a province to see the network inside it.',
  provinceGraphUnits: 'node size: study visits; line width: count; colour: island group',
  matrixGuide:
    'Rows: visitors; columns: hosts. Darker means more visits and joint exhibitions. Ordered by province, then by number of partners.',
  matrixUnits: 'colour: visits + joint exhibitions',
  matrixLegend: 'visits + joint exhibitions',
  cellVisits: 'Study visits {from} → {to}: {n}',
  cellJoint: 'Joint exhibitions: {n}',
  provinceTableTitle: 'By province',
  provinceTableGuide:
    'Visits and joint exhibitions of each province’s councils. Choose a province to see the network inside it.',
  provinceSummary:
    '{provinces} provinces, {councils} councils; {edges} links between provinces, {within} visits within a province.',
  province: 'Province',
  councils: 'Councils',
  visitsWithin: 'Visits within the province',
  visitsWithinShort: 'Within',
  visitsToOther: 'Visits to other provinces',
  visitsToOtherShort: 'Out',
  visitsFromOther: 'Visits from other provinces',
  visitsFromOtherShort: 'In',
  jointAcross: 'Joint exhibitions across provinces',
  jointAcrossShort: 'Joint exhibitions',
  partnerProvinces: 'Partner provinces',
  openProvince: 'Choose to open this province.',
  adoptionByProvince: 'Adoption by visiting province',
};

const texts: Record<Lang, Record<NetworkTextKey, string>> = { id, en };

/**
 * A text of the network's national view, matrix or search in `lang`, `{name}` placeholders filled.
 *
 *     tNetwork('en', 'searchFound', { n: 2, names: 'Kab. Malang, Kota Malang' }) // '2 found: Kab. Malang, Kota Malang'
 */
export function tNetwork(
  lang: Lang,
  key: NetworkTextKey,
  values: Record<string, string | number> = {},
): string {
  return texts[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
