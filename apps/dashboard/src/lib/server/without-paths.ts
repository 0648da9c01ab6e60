import { homedir, tmpdir } from 'node:os';
import { dataDir, findRepoRoot } from './config.js';

// An absolute path: `/…` (not `//`, the start of a URL's host) or `C:\…`, after the start, a space,
// a quote, a bracket, `=` or `:`. It runs to the next space, quote, bracket or separator.
const absolutePath = /(^|[\s'"`([{<=:,])(?:\/(?!\/)|~\/|[A-Za-z]:\\)[^\s'"`)\]}>,;]*/g;

/**
 * A message with every path of the server's disk taken out, for an answer a browser reads:
 * the dataset folder becomes `ANYAM_DATA` (what the operator set), any other absolute path
 * `[path]`. DuckDB's and the file system's sentences name files; the sentence stays readable.
 *
 *     withoutPaths('IO Error: No files found that match the pattern "/srv/x.parquet"', [])
 *     // 'IO Error: No files found that match the pattern "[path]"'
 *     withoutPaths('/data/banten/manifest.json: created_by is missing', [['/data/banten', 'ANYAM_DATA']])
 *     // 'ANYAM_DATA/manifest.json: created_by is missing'
 */
export function withoutPaths(
  message: string,
  known: readonly (readonly [dir: string, name: string])[] = knownDirs(),
): string {
  let text = message;
  // Longest first, so that a folder inside another is named by its own word.
  for (const [dir, name] of [...known].sort((a, b) => b[0].length - a[0].length)) {
    if (dir.length > 1) text = text.replaceAll(dir, name);
  }
  return text.replace(absolutePath, (_path, before: string) => `${before}[path]`);
}

/** The server's own folders: the dataset, the repository, the temporary folder, home, cwd. */
function knownDirs(): [string, string][] {
  return [
    [dataDir(), 'ANYAM_DATA'],
    [findRepoRoot(), '[path]'],
    [tmpdir(), '[path]'],
    [homedir(), '[path]'],
    [process.cwd(), '[path]'],
  ];
}
