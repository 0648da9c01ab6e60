import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { acceptedEncoding, jsonAnswer } from './compress.js';

const big = {
  rows: Array.from({ length: 2000 }, (_, i) => ({ region_code: `36.${i}`, pci: i / 7 })),
};

describe('acceptedEncoding', () => {
  it('prefers br, honours q=0 and *, and answers null without a header', () => {
    expect(acceptedEncoding('gzip, deflate, br')).toBe('br');
    expect(acceptedEncoding('gzip;q=1, br;q=0')).toBe('gzip');
    expect(acceptedEncoding('deflate')).toBeNull();
    expect(acceptedEncoding('*')).toBe('br');
    expect(acceptedEncoding('*, br;q=0')).toBe('gzip');
    expect(acceptedEncoding('identity')).toBeNull();
    expect(acceptedEncoding(null)).toBeNull();
    expect(acceptedEncoding('br;q=nonsense, gzip')).toBe('gzip');
  });
});

describe('jsonAnswer', () => {
  it('gives the same JSON compressed with gzip or br, much smaller, and plain without an encoding', async () => {
    const text = JSON.stringify(big);
    const plain = await jsonAnswer(big, null);
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('vary')).toBe('accept-encoding');
    expect(await plain.text()).toBe(text);

    const gz = await jsonAnswer(big, 'gzip');
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    const gzBytes = Buffer.from(await gz.arrayBuffer());
    expect(Number(gz.headers.get('content-length'))).toBe(gzBytes.length);
    expect(gunzipSync(gzBytes).toString()).toBe(text);
    expect(gzBytes.length).toBeLessThan(text.length / 4);

    const br = await jsonAnswer(big, 'br');
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toBe(text);
  });

  it('leaves a small answer uncompressed', async () => {
    const answer = await jsonAnswer({ ok: true }, 'br');
    expect(answer.headers.get('content-encoding')).toBeNull();
    expect(await answer.json()).toEqual({ ok: true });
  });

  it('compresses a value once: the same object answered again reuses its bytes', async () => {
    const value = { rows: big.rows.slice() };
    const first = Buffer.from(await (await jsonAnswer(value, 'gzip')).arrayBuffer());
    // Were the object serialised again, this change would show in the second answer.
    value.rows.push({ region_code: 'changed', pci: 0 });
    const second = Buffer.from(await (await jsonAnswer(value, 'gzip')).arrayBuffer());
    expect(second.equals(first)).toBe(true);
  });
});
