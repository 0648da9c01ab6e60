import { inflateRawSync } from 'node:zlib';

/** A zip archive refused for a reason a person can act on (one sentence). */
export class ZipRefused extends Error {
  override readonly name = 'ZipRefused';
}

export interface ZipEntry {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export interface ReadZipLimits {
  /** At most this many entries (folders included). */
  readonly maxEntries: number;
  /** At most this many bytes once inflated, all entries together. */
  readonly maxBytes: number;
}

/**
 * Whether an entry name is a plain relative path: no `..`, no absolute or drive path, no
 * backslash, no NUL. Such a name never leaves the folder it is extracted into.
 *
 *     safeEntryName('pandeglang/councils.csv') // true
 *     safeEntryName('../../etc/passwd')        // false
 */
export function safeEntryName(name: string): boolean {
  if (name === '' || name.includes('\\') || name.includes('\0') || name.startsWith('/'))
    return false;
  if (/^[A-Za-z]:/.test(name)) return false;
  return name.split('/').every((part) => part !== '..' && part !== '.');
}

/**
 * Reads the files of a zip archive from its central directory, inflating each with a hard cap
 * on the output, so a zip bomb stops at `maxBytes` whatever sizes its headers claim. Stored and
 * deflated entries are read; encrypted, multi-disk or zip64 archives, unsafe names and anything
 * malformed are refused with one sentence.
 *
 *     readZip(bytes, { maxEntries: 100, maxBytes: 200e6 }) // [{ name: 'councils.csv', bytes }, ...]
 */
export function readZip(bytes: Uint8Array, limits: ReadZipLimits): ZipEntry[] {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (why: string) =>
    new ZipRefused(`The file is not a zip archive Anyam can read: ${why}.`);
  // The end-of-central-directory record sits in the last 22 + 65535 bytes.
  let end = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i -= 1) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw bad('it has no central directory');
  const count = data.readUInt16LE(end + 10);
  const directorySize = data.readUInt32LE(end + 12);
  const directoryOffset = data.readUInt32LE(end + 16);
  if (data.readUInt16LE(end + 4) !== 0 || count === 0xffff || directoryOffset === 0xffffffff)
    throw bad('multi-disk and zip64 archives are not supported');
  if (count > limits.maxEntries)
    throw new ZipRefused(
      `The zip holds ${count} entries; a submission holds the 13 CSV files only.`,
    );
  if (directoryOffset + directorySize > end) throw bad('its central directory is cut off');

  const entries: ZipEntry[] = [];
  let total = 0;
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > end || data.readUInt32LE(at) !== 0x02014b50)
      throw bad('an entry header is broken');
    const flags = data.readUInt16LE(at + 8);
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const extraLength = data.readUInt16LE(at + 30);
    const commentLength = data.readUInt16LE(at + 32);
    const localOffset = data.readUInt32LE(at + 42);
    const name = data.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
    if (!safeEntryName(name))
      throw new ZipRefused(
        `The zip entry "${name.slice(0, 80)}" has a path that leaves its folder; it was refused.`,
      );
    if (name.endsWith('/')) continue;
    if (flags & 0x1)
      throw new ZipRefused(`The zip entry ${name} is encrypted; send it without a password.`);
    if (localOffset + 30 > data.length || data.readUInt32LE(localOffset) !== 0x04034b50)
      throw bad(`the entry ${name} is broken`);
    const start =
      localOffset + 30 + data.readUInt16LE(localOffset + 26) + data.readUInt16LE(localOffset + 28);
    if (start + compressedSize > data.length) throw bad(`the entry ${name} is cut off`);
    const raw = data.subarray(start, start + compressedSize);
    const room = limits.maxBytes - total;
    const tooLarge = new ZipRefused(
      `The zip inflates to more than ${Math.round(limits.maxBytes / 1e6)} MB; send a smaller one.`,
    );
    let inflated: Buffer;
    if (method === 0) {
      inflated = raw;
    } else if (method === 8) {
      try {
        inflated = inflateRawSync(raw, { maxOutputLength: Math.max(1, room) });
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge;
        throw bad(`the entry ${name} cannot be inflated`);
      }
    } else {
      throw bad(`the entry ${name} uses compression method ${method}`);
    }
    total += inflated.length;
    if (total > limits.maxBytes) throw tooLarge;
    entries.push({ name, bytes: new Uint8Array(inflated) });
  }
  return entries;
}
