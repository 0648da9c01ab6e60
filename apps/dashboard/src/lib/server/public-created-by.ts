import type { CreatedBy } from '@anyam/duckdb';

const basename = (path: string): string =>
  path
    .split(/[\\/]+/)
    .filter(Boolean)
    .at(-1) ?? '';

function withoutFolders(value: unknown): unknown {
  if (typeof value === 'string') return /[\\/]/.test(value) ? basename(value) : value;
  if (Array.isArray(value)) return value.map(withoutFolders);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutFolders(item)]),
    );
  return value;
}

/**
 * What made a dataset, as a browser may read it: a path (an import's `inputs`) is cut to its last
 * name, so the answer says which council folders were read but not where they are on the disk.
 *
 *     publicCreatedBy({ command: 'import', inputs: ['/srv/councils/pandeglang'] })
 *     // { command: 'import', inputs: ['pandeglang'] }
 */
export function publicCreatedBy(createdBy: CreatedBy): Record<string, unknown> {
  return withoutFolders(createdBy) as Record<string, unknown>;
}
