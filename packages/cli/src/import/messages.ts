/**
 * The sentences the import says about a bad row, in Indonesian and English. Each problem has a
 * stable `code` (kept in report.json for programs) and a reason a data steward can act on.
 */
import type { Lang } from '@anyam/core';

export type ProblemCode =
  | 'required'
  | 'bad_date'
  | 'date_range'
  | 'bad_number'
  | 'year_range'
  | 'score_range'
  | 'below_minimum'
  | 'negative'
  | 'share_range'
  | 'bad_bool'
  | 'bad_enum'
  | 'bad_nik'
  | 'bad_region'
  | 'end_before_start'
  | 'unknown_ref'
  | 'rejected_ref'
  | 'duplicate_key'
  | 'field_count'
  | 'unclosed_quote'
  | 'unreadable'
  | 'merged_cell'
  | 'formula_without_value'
  | 'cell_error';

/** One problem of one row, as the report keeps it (no PII value ever: `value` is null for PII). */
export interface Problem {
  readonly file: string;
  readonly line: number;
  /** `null` for a problem of the whole row (a wrong number of fields). */
  readonly column: string | null;
  readonly value: string | null;
  readonly code: ProblemCode;
  /** What the reason needs: the enumeration, the referred table, the first line of a key, counts. */
  readonly detail: string | null;
}

type Reason = (detail: string | null) => string;

/** `pandeglang/artisans.csv:12` as `pandeglang/artisans.csv line 12`. */
function where(detail: string | null, word: string): string {
  const cut = detail?.lastIndexOf(':') ?? -1;
  return detail && cut > 0
    ? `${detail.slice(0, cut)} ${word} ${detail.slice(cut + 1)}`
    : (detail ?? '?');
}

/** `B3 in B2:B3` as its cell, range and first cell: `['B3', 'B2:B3', 'B2']`. */
function merged(detail: string | null): [string, string, string] {
  const [cell = '?', range = '?'] = (detail ?? '').split(' in ');
  return [cell, range, range.split(':')[0] ?? '?'];
}

/** `5/4` as `5 fields where the header has 4`. */
function counts(detail: string | null, words: string): string {
  const [found, expected] = (detail ?? '?/?').split('/');
  return `${found} ${words} ${expected}`;
}

const reasons: Record<Lang, Record<ProblemCode, Reason>> = {
  en: {
    required: () => 'is empty, and a value is required',
    bad_date: () => 'is not a date (write YYYY-MM-DD or DD/MM/YYYY)',
    date_range: () => 'is a date outside 1900–2100',
    bad_number: () => 'is not a whole number',
    year_range: () => 'is a year outside 1900–2100',
    score_range: () => 'is not a score from 1 to 5',
    below_minimum: (d) => `is below the minimum of ${d ?? '1'}`,
    negative: () => 'is negative, and an amount cannot be',
    share_range: () => 'is not a share between 0 and 1 (write 0.75, 0,75 or 75%)',
    bad_bool: () => 'is not true/false or ya/tidak',
    bad_enum: (d) => `is not a known ${d ?? 'value'}`,
    bad_nik: () => 'is not a NIK of 16 digits',
    bad_region: () => 'is not a region code in the Kemendagri reference',
    end_before_start: () => 'is before start_date',
    unknown_ref: (d) => `is not an id in ${d ?? 'the table it refers to'}`,
    rejected_ref: (d) => `refers to a row of ${d ?? 'another table'} that was rejected`,
    duplicate_key: (d) => `repeats the key of ${where(d, 'line')} (the first row is kept)`,
    field_count: (d) =>
      `has ${counts(d, 'fields where the header has')} (in a ;-separated file, put a list cell in quotes)`,
    unclosed_quote: () => 'opens a quote that is never closed',
    unreadable: () => 'could not be read as CSV (is the file saved as UTF-8?)',
    merged_cell: (d) => {
      const [cell, range, first] = merged(d);
      return `is cell ${cell} of the merged cells ${range}, which shows the value of ${first}; unmerge them and type the value in each row`;
    },
    formula_without_value: (d) =>
      `is the formula in cell ${d ?? '?'}, saved without its result; open the workbook in Excel and save it again, or type the value`,
    cell_error: (d) => `is the error shown in cell ${d ?? '?'}; correct the cell or type the value`,
  },
  id: {
    required: () => 'kosong, padahal wajib diisi',
    bad_date: () => 'bukan tanggal (tulis YYYY-MM-DD atau DD/MM/YYYY)',
    date_range: () => 'adalah tanggal di luar 1900–2100',
    bad_number: () => 'bukan bilangan bulat',
    year_range: () => 'adalah tahun di luar 1900–2100',
    score_range: () => 'bukan nilai 1 sampai 5',
    below_minimum: (d) => `di bawah batas minimum ${d ?? '1'}`,
    negative: () => 'bernilai negatif, padahal jumlah uang tidak boleh negatif',
    share_range: () => 'bukan proporsi antara 0 dan 1 (tulis 0,75, 0.75 atau 75%)',
    bad_bool: () => 'bukan ya/tidak atau true/false',
    bad_enum: (d) => `bukan nilai ${d ?? ''} yang dikenal`,
    bad_nik: () => 'bukan NIK 16 angka',
    bad_region: () => 'bukan kode wilayah dalam referensi Kemendagri',
    end_before_start: () => 'lebih awal dari start_date',
    unknown_ref: (d) => `bukan id yang ada di ${d ?? 'tabel rujukan'}`,
    rejected_ref: (d) => `merujuk ke baris ${d ?? 'tabel lain'} yang ditolak`,
    duplicate_key: (d) => `mengulang kunci ${where(d, 'baris')} (baris pertama yang disimpan)`,
    field_count: (d) =>
      `memiliki ${counts(d, 'kolom, padahal header memiliki')} kolom (dalam file berpemisah ;, beri tanda kutip pada sel daftar)`,
    unclosed_quote: () => 'membuka tanda kutip yang tidak pernah ditutup',
    unreadable: () => 'tidak dapat dibaca sebagai CSV (apakah file disimpan sebagai UTF-8?)',
    merged_cell: (d) => {
      const [cell, range, first] = merged(d);
      return `adalah sel ${cell} dari sel gabungan ${range}, yang menampilkan nilai ${first}; pisahkan sel gabungan itu dan ketik nilainya di setiap baris`;
    },
    formula_without_value: (d) =>
      `adalah rumus di sel ${d ?? '?'} yang disimpan tanpa hasilnya; buka workbook di Excel lalu simpan lagi, atau ketik nilainya`,
    cell_error: (d) =>
      `adalah galat yang tampil di sel ${d ?? '?'}; perbaiki sel itu atau ketik nilainya`,
  },
};

/**
 * The reason alone, for report.json and rejects.csv.
 *
 *     reason({ code: 'score_range', detail: null }, 'en') // 'is not a score from 1 to 5'
 */
export function reason(problem: Pick<Problem, 'code' | 'detail'>, lang: Lang): string {
  return reasons[lang][problem.code](problem.detail);
}

/**
 * One sentence naming the file, line, column, value and reason. A PII column's value is never
 * shown (its `value` is null), so the sentence can go to a terminal or a log.
 *
 *     describe({ file: 'a/assessments.csv', line: 7, column: 'design', value: '9', code: 'score_range', detail: null }, 'en')
 *     // 'a/assessments.csv line 7, column design: "9" is not a score from 1 to 5.'
 */
export function describe(problem: Problem, lang: Lang): string {
  const where =
    lang === 'id'
      ? `${problem.file} baris ${problem.line}${problem.column ? `, kolom ${problem.column}` : ''}`
      : `${problem.file} line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}`;
  const subject =
    problem.column === null
      ? lang === 'id'
        ? 'baris ini'
        : 'the row'
      : problem.value === null
        ? lang === 'id'
          ? 'nilainya'
          : 'the value'
        : `"${problem.value}"`;
  return `${where}: ${subject} ${reason(problem, lang)}.`;
}
