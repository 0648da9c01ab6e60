import type { Lang } from '@anyam/core';
import type { DatasetUnavailable } from './dataset.js';
import { withoutPaths } from './without-paths.js';

// For the planner reading the page: no variable, command or folder, only whom to ask.
const indonesian = {
  missing:
    'Belum ada dataset di server ini, jadi belum ada angka yang dapat ditampilkan: hubungi pengelola dasbor.',
  broken: 'Dataset di server ini tidak dapat dibuka: hubungi pengelola dasbor.',
} as const;

/**
 * The one sentence a missing or broken dataset is answered with, in `lang`: in English the
 * operator's sentence (what ANYAM_DATA should name, or the first line of why the dataset did not
 * open, paths taken out); in Indonesian a plain one.
 *
 *     unavailableSentence(new DatasetUnavailable('…', 'missing'), 'id')
 *     // 'Belum ada dataset di server ini, jadi belum ada angka yang dapat ditampilkan: hubungi pengelola dasbor.'
 */
export function unavailableSentence(error: DatasetUnavailable, lang: Lang): string {
  return lang === 'en' ? withoutPaths(error.message) : indonesian[error.reason];
}
