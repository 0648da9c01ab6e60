/**
 * Texts of the national scope (`region=ID`) and of the overview's ranking of child regions, in
 * Indonesian (the default) and English. Kept apart from the other dictionaries so that they grow
 * without conflicts; `tn` fills `{name}` placeholders the same way as `t`.
 */
import type { Lang } from '@anyam/core';

const id = {
  rankingTitle_national: 'Peringkat provinsi menurut tingkat jangkauan',
  rankingTitle_province: 'Peringkat kabupaten/kota menurut tingkat jangkauan',
  rankingTitle_regency: 'Peringkat kecamatan menurut tingkat jangkauan',
  rankingGuide:
    'Bilah: tingkat jangkauan setiap wilayah, dari yang tertinggi. Pilih nama wilayah untuk membuka wilayah itu.',
  rankingUnits: '% perajin terdaftar yang dijangkau program',
  rankingNoData: 'tanpa perajin terdaftar',
  rankingReached: '{reached} dari {eligible} perajin',
  nationalMapGuide:
    'Satu kotak per provinsi, kira-kira di letak geografisnya; warna lebih gelap berarti tingkat jangkauan lebih tinggi. Pilih provinsi untuk melihat kabupaten/kotanya.',
  productsSampled:
    'Wilayah dengan lebih dari {n} produk digambar dengan sampel {n} produk pada kuantil IDP-nya, yang terendah dan tertinggi termasuk (tabel juga); di bawah nama wilayah: produk yang digambar dari seluruhnya.',
  productsSampleOf: 'sampel {n} dari {total} produk',
  productsSampleShort: '{n} dari {total}',
  // A long list (a thousand visits at region=ID) shows its first rows; the downloads hold all.
  firstVisitsOf: 'Menampilkan {shown} kunjungan pertama dari {total}.',
  allVisitsOf: 'Menampilkan semua {total} kunjungan.',
  showAllRows: 'Tampilkan semua ({total})',
  showFirstRows: 'Tampilkan {shown} pertama saja',
  timelineFirstOf:
    'Menampilkan {shown} wilayah pertama dari {total}; semuanya ada di tampilan tabel dan unduhan.',
};

const en: Record<keyof typeof id, string> = {
  rankingTitle_national: 'Provinces ranked by reach rate',
  rankingTitle_province: 'Regencies and cities ranked by reach rate',
  rankingTitle_regency: 'Districts ranked by reach rate',
  rankingGuide:
    'Bars: the reach rate of each region, highest first. Choose a region’s name to open it.',
  rankingUnits: '% of registered artisans reached by programs',
  rankingNoData: 'no registered artisans',
  rankingReached: '{reached} of {eligible} artisans',
  nationalMapGuide:
    'One tile per province, roughly where it lies; a darker tile has a higher reach rate. Choose a province to see its regencies and cities.',
  productsSampled:
    'A region with more than {n} products is drawn with a sample of {n} at its PCI quantiles, its lowest and highest included (the table too); under a region’s name: the products drawn of all of them.',
  productsSampleOf: 'sample of {n} of {total} products',
  productsSampleShort: '{n} of {total}',
  firstVisitsOf: 'Showing the first {shown} of {total} visits.',
  allVisitsOf: 'Showing all {total} visits.',
  showAllRows: 'Show all ({total})',
  showFirstRows: 'Show the first {shown} only',
  timelineFirstOf:
    'Showing the first {shown} of {total} regions; all of them are in the table view and the downloads.',
};

export type NKey = keyof typeof id;

export const dictionaryNational: Record<Lang, Record<NKey, string>> = { id, en };

/**
 * A national-scope message in `lang` with its `{name}` placeholders filled.
 *
 *     tn('en', 'rankingReached', { reached: '12', eligible: '40' }) // '12 of 40 artisans'
 */
export function tn(lang: Lang, key: NKey, values: Record<string, string | number> = {}): string {
  return dictionaryNational[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
