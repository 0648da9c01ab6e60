import type { Lang } from '@anyam/core';

/** The instructions sheet's lines, in Indonesian and English. */
export const instructions: Record<
  Lang,
  { sheet: string; lists: string; lines: readonly string[] }
> = {
  id: {
    sheet: 'Petunjuk',
    lists: 'Daftar',
    lines: [
      'Templat impor data Dekranasda',
      '',
      'Isi satu lembar untuk setiap tabel. Baris 1 adalah judul kolom: jangan diubah, dipindah atau dihapus.',
      'Satu baris untuk satu catatan. Baris kosong dilewati.',
      'Kolom berwarna berisi daftar pilihan (klik sel, lalu panah di kanannya). Label Indonesia diterima.',
      'Sertifikasi dan kanal penjualan boleh lebih dari satu: pisahkan dengan titik koma, misalnya "Halal;Merek".',
      'Tanggal ditulis sebagai tanggal (misalnya 2024-08-17). Angka tanpa titik ribuan; pangsa bahan lokal 0 sampai 1 (misalnya 0,75).',
      'Kode wilayah ditulis sebagai teks, misalnya 36.01: pilih dari daftar.',
      'NIK, nama dan nomor telepon pengrajin hanya dipakai untuk mencocokkan orang yang sama; tidak pernah diterbitkan.',
      'Kirim berkas ini lewat halaman Kirim data di dasbor. Laporannya menyebut setiap baris yang ditolak, dengan lembar, baris, kolom dan alasannya.',
    ],
  },
  en: {
    sheet: 'Instructions',
    lists: 'Lists',
    lines: [
      'Dekranasda data import template',
      '',
      'Fill in one sheet per table. Row 1 holds the column names: do not change, move or delete it.',
      'One row per record. Empty rows are skipped.',
      'Coloured columns have a list of choices (click the cell, then the arrow beside it). Indonesian labels are accepted.',
      'Certifications and sales channels may hold several values: separate them with a semicolon, e.g. "Halal;Merek".',
      'Dates are entered as dates (e.g. 2024-08-17). Numbers without thousands separators; the local material share from 0 to 1 (e.g. 0.75).',
      'Region codes are text, e.g. 36.01: pick them from the list.',
      "Artisans' NIK, names and phone numbers are used only to match the same person; they are never published.",
      'Send this file from the Submit data page of the dashboard. Its report names every rejected row, with sheet, row, column and reason.',
    ],
  },
};
