import { createInflateRaw } from 'node:zlib';

/** What `unzippedSize` finds: the bytes the archive inflates to, or that it passed `limit`. */
export type UnzippedSize = { readonly bytes: number; readonly overLimit: boolean };

/** Inflates one deflated entry, counting its bytes and stopping as soon as `budget` is passed. */
function inflatedLength(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > budget) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on('end', () => resolve(length));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/**
 * How many bytes a ZIP archive (an `.xlsx` workbook) holds once unzipped, by inflating each entry
 * and counting, not by trusting the sizes the archive declares (a crafted one can lie). Stops as
 * soon as the total passes `limit`, so a small file that unzips to gigabytes costs no more than
 * `limit` of work. Throws on what is not a ZIP archive.
 *
 *     await unzippedSize(await readFile('lebak/data.xlsx'), 256 << 20) // { bytes: 41523683, overLimit: false }
 */
export async function unzippedSize(zip: Uint8Array, limit: number): Promise<UnzippedSize> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record is in the last 22 + 65,535 bytes (after a comment).
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error('not a ZIP archive');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let bytes = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50)
      throw new Error('not a ZIP archive');
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const local = view.getUint32(at + 42, true);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
    if (local + 30 > zip.length || view.getUint32(local, true) !== 0x04034b50)
      throw new Error('not a ZIP archive');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + compressed);
    if (method === 0) bytes += Math.max(data.length, declared);
    else if (method === 8) bytes += await inflatedLength(data, limit - bytes);
    else throw new Error(`ZIP compression method ${method} is not read`);
    if (bytes > limit) return { bytes, overLimit: true };
  }
  return { bytes, overLimit: false };
}
