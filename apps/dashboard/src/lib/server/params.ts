import { ApiError } from './api-error.js';

/**
 * The query of a request as a plain object, refusing names it does not know and repeated names
 * (which would otherwise be silently dropped), so that a typo answers 400 instead of a result
 * that ignored it.
 *
 *     queryObject(new URLSearchParams('year=2024'), ['region', 'year']) // { year: '2024' }
 */
export function queryObject(
  query: URLSearchParams,
  allowed: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) {
    if (!allowed.includes(name)) {
      throw new ApiError(
        400,
        `Unknown parameter ${JSON.stringify(name)}: use ${allowed.join(', ')}.`,
      );
    }
    if (name in out)
      throw new ApiError(400, `Parameter ${JSON.stringify(name)} is given more than once.`);
    out[name] = value;
  }
  return out;
}
