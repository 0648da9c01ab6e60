import type { Json, ReadResult } from '@anyam/duckdb';

/**
 * A result as a JSON array of objects, one per row. A repeated column name gets a suffix
 * (`n`, `n_2`) so that no value is lost.
 *
 *     formatJson({ columns: ['code', 'n'], types: ['VARCHAR', 'BIGINT'], rows: [['36.01', 7]] })
 *     // '[\n  {\n    "code": "36.01",\n    "n": 7\n  }\n]\n'
 */
export function formatJson(result: ReadResult): string {
  const names: string[] = [];
  for (const column of result.columns) {
    let name = column;
    for (let i = 2; names.includes(name); i += 1) name = `${column}_${i}`;
    names.push(name);
  }
  const objects = result.rows.map((row) => {
    const object: Record<string, Json> = {};
    names.forEach((name, i) => (object[name] = row[i] ?? null));
    return object;
  });
  return `${JSON.stringify(objects, null, 2)}\n`;
}
