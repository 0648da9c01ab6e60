/**
 * The API's JSON answers, compressed when the request accepts it. A value the result cache holds
 * is the same object on every hit, so its encoded bytes are kept beside it (a WeakMap: they go
 * when the cache lets the value go) and a repeated answer is neither re-serialised nor
 * re-compressed. Compression runs on libuv's thread pool, off the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { getRequestEvent } from '$app/server';

export type AnswerEncoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// Below this, compression costs more than it saves (headers alone are a few hundred bytes).
const minimumBytes = 1024;

/**
 * The encoding to answer with for an `Accept-Encoding` header: `br` when accepted, else `gzip`,
 * else null (identity). A `q=0` refuses an encoding; `*` accepts both.
 *
 *     acceptedEncoding('gzip, deflate, br') // 'br'
 *     acceptedEncoding('gzip;q=1, br;q=0')  // 'gzip'
 *     acceptedEncoding(null)                // null
 */
export function acceptedEncoding(header: string | null | undefined): AnswerEncoding | null {
  if (!header) return null;
  const weights = new Map<string, number>();
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    weights.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip')) return 'gzip';
  return null;
}

/** The current request's `Accept-Encoding` as an encoding, or null outside a request (tests). */
export function requestEncoding(): AnswerEncoding | null {
  try {
    return acceptedEncoding(getRequestEvent().request.headers.get('accept-encoding'));
  } catch {
    return null;
  }
}

interface Encoded {
  json?: Buffer;
  br?: Buffer;
  gzip?: Buffer;
}

const encodings = new WeakMap<object, Encoded>();

async function encode(
  value: unknown,
  encoding: AnswerEncoding | null,
): Promise<{ body: Buffer; encoding: AnswerEncoding | null }> {
  const held = typeof value === 'object' && value !== null ? value : null;
  const kept: Encoded = (held && encodings.get(held)) ?? {};
  if (held) encodings.set(held, kept);
  kept.json ??= Buffer.from(JSON.stringify(value) ?? 'null');
  if (encoding === null || kept.json.length < minimumBytes)
    return { body: kept.json, encoding: null };
  if (encoding === 'br') {
    // Quality 5: most of brotli's gain at a fraction of the default 11's time on megabytes.
    kept.br ??= await brotli(kept.json, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_SIZE_HINT]: kept.json.length,
      },
    });
    return { body: kept.br, encoding };
  }
  kept.gzip ??= await gzipAsync(kept.json, { level: 6 });
  return { body: kept.gzip, encoding };
}

/**
 * A 200 JSON answer of `value`, compressed with `encoding` when it is not null and the JSON is
 * at least 1 KiB; `Vary: Accept-Encoding` either way, so that a cache in between keeps the
 * variants apart.
 *
 *     await jsonAnswer({ rows: [...] }, 'gzip') // Response, content-encoding: gzip
 */
export async function jsonAnswer(
  value: unknown,
  encoding: AnswerEncoding | null,
): Promise<Response> {
  const { body, encoding: used } = await encode(value, encoding);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'cache-control': 'no-cache',
    vary: 'accept-encoding',
    'content-length': String(body.length),
  };
  if (used) headers['content-encoding'] = used;
  return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), {
    status: 200,
    headers,
  });
}
