/**
 * A report or rejects.csv of a submission with the server's folders taken out: files are named
 * as the steward knows them (`councils.csv`, `data.xlsx [programs]`), never by a path on disk.
 *
 *     scrubPaths('/srv/state/submissions/S1/files/councils.csv:4', '/srv/state/submissions/S1/files', 'data.zip')
 *     // 'councils.csv:4'
 */
export function scrubPaths(text: string, filesDir: string, fileName: string): string {
  return text
    .replaceAll(`${filesDir}/workbook.xlsx`, fileName)
    .replaceAll(`${filesDir}/`, '')
    .replaceAll(filesDir, fileName);
}

/** `scrubPaths` over a JSON value, through its text (every string of it). */
export function scrubJson<T>(value: T, filesDir: string, fileName: string): T {
  const escaped = (s: string) => JSON.stringify(s).slice(1, -1);
  return JSON.parse(scrubPaths(JSON.stringify(value), escaped(filesDir), escaped(fileName))) as T;
}
