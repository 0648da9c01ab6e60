/**
 * The uncached requests of bench/national.mjs and bench/national-ab.mjs: every endpoint a page
 * asks for, at each province code and year once (so no request is answered from the cache),
 * shuffled deterministically (seed 42) so that each phase gets a mix of endpoints.
 *
 *     nationalUrls(['36'], [2024]) // ['/api/metrics/reach?region=36&year=2024', …] (6 URLs)
 */
export function nationalUrls(codes, years) {
  const kinds = [
    (r, y) => `/api/metrics/reach?region=${r}&year=${y}`,
    (r, y) => `/api/metrics/reach?region=${r}&year=${y}&by=region`,
    (r, y) => `/api/metrics/competitiveness?region=${r}&year=${y}&by=region`,
    (r, y) => `/api/metrics/retention?region=${r}&year=${y}`,
    (r, y) => `/api/metrics/rca?region=${r}&year=${y}`,
    (r, y) => `/api/overview?region=${r}&year=${y}`,
  ];
  const urls = [];
  for (const kind of kinds) for (const y of years) for (const r of codes) urls.push(kind(r, y));
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = urls.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [urls[i], urls[j]] = [urls[j], urls[i]];
  }
  return urls;
}

/**
 * What the server at `base` serves: its province codes (the children of /api/regions), its
 * dataset's last year, and `nationalUrls` over those provinces and every year of the dataset.
 *
 *     await nationalRequests('http://127.0.0.1:41234')
 *     // { codes: ['11', '12', …], last: 2025, urls: ['/api/overview?region=35&year=2022', …] }
 */
export async function nationalRequests(base) {
  const { provinces } = await (await fetch(`${base}/api/regions?region=36`)).json();
  const health = await (await fetch(`${base}/api/health`)).json();
  const { first_year: first, last_year: last } = health.dataset;
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const codes = provinces.map((p) => p.code);
  return { codes, last, urls: nationalUrls(codes, years) };
}
