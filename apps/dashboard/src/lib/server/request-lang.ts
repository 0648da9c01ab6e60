import type { Lang } from '@anyam/core';

/**
 * The language of an API answer's sentences: the `lang` parameter when it is `id` or `en`, else
 * whichever of the two the `Accept-Language` header ranks first, else English (the API's own).
 *
 *     requestLang(new URL('http://x/api/health?lang=id'), null)      // 'id'
 *     requestLang(new URL('http://x/api/health'), 'id-ID,id;q=0.9')  // 'id'
 *     requestLang(new URL('http://x/api/health'), 'fr, en;q=0.5')    // 'en'
 */
export function requestLang(url: URL, acceptLanguage: string | null): Lang {
  const asked = url.searchParams.get('lang');
  if (asked === 'id' || asked === 'en') return asked;
  let best: { lang: Lang; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    // `in` is the old code of Indonesian, still sent by some Android browsers.
    const primary = tag.split('-')[0];
    const lang: Lang | null =
      primary === 'id' || primary === 'in' ? 'id' : primary === 'en' ? 'en' : null;
    if (lang === null) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'en';
}
