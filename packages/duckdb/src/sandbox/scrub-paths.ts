import type { Json } from '@duckdb/node-api';

/** A server path and what a browser sees instead. */
export interface PathMask {
  readonly path: string;
  /**
   * Shown for the bare path; a file under it shows as its name relative to the path. A path
   * ending in `*` matches any name of letters, digits, `_` and `-` there (a `mkdtemp` folder).
   */
  readonly as: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `text` with every masked path removed: a file under a masked folder keeps only its name relative
 * to it, the folder itself becomes its `as`. Longer paths are masked first, so a folder inside
 * another keeps its own mask.
 *
 *     scrubPaths('Cannot open "/srv/data/export/councils.parquet"', [{ path: '/srv/data/export', as: 'the dataset folder' }])
 *     // 'Cannot open "councils.parquet"'
 *     scrubPaths('allowed: /srv/data/export/', [{ path: '/srv/data/export', as: 'the dataset folder' }])
 *     // 'allowed: the dataset folder'
 */
export function scrubPaths(text: string, masks: readonly PathMask[]): string {
  let out = text;
  const sorted = [...masks]
    .filter((mask) => mask.path.length > 1)
    .sort((a, b) => b.path.length - a.path.length);
  for (const mask of sorted) {
    const trimmed = mask.path.replace(/[/\\]+$/, '');
    const folder = trimmed.endsWith('*')
      ? `${escapeRegExp(trimmed.slice(0, -1))}[A-Za-z0-9_-]*`
      : escapeRegExp(trimmed);
    out = out
      .replace(new RegExp(`${folder}[/\\\\]+(?=[^\\s"'\\],)])`, 'g'), '')
      .replace(new RegExp(`${folder}[/\\\\]*`, 'g'), mask.as);
  }
  return out;
}

/**
 * A result value with `scrubPaths` applied to every string in it (lists and structs included).
 *
 *     scrubValue(['/srv/x/a.parquet', 1], [{ path: '/srv/x', as: 'the dataset folder' }]) // ['a.parquet', 1]
 */
export function scrubValue(value: Json, masks: readonly PathMask[]): Json {
  if (typeof value === 'string') return scrubPaths(value, masks);
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, masks));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        scrubPaths(key, masks),
        scrubValue(item as Json, masks),
      ]),
    );
  }
  return value;
}
