import { isUtf8 } from 'node:buffer';

/** The encodings a council's CSV file is read in (as report.json names them). */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** How much is decoded at once: the JavaScript strings made while decoding stay this small. */
const CHUNK = 1 << 20;

/**
 * UTF-16 without a byte-order mark: in its first line (up to 1 KiB), every other byte is zero,
 * as it is for the ASCII of a header. Which half is zero says the byte order.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 1024) & ~1;
  let evenZero = 0;
  let oddZero = 0;
  let pairs = 0;
  for (let i = 0; i < length; i += 2) {
    const even = bytes[i];
    const odd = bytes[i + 1];
    if ((even === 0x0a && odd === 0) || (even === 0 && odd === 0x0a)) break;
    pairs += 1;
    if (even === 0) evenZero += 1;
    if (odd === 0) oddZero += 1;
  }
  if (pairs < 2) return null;
  if (oddZero === pairs && evenZero === 0) return 'utf-16le';
  if (evenZero === pairs && oddZero === 0) return 'utf-16be';
  return null;
}

/** `bytes` decoded as UTF-16 and written back as UTF-8, a chunk at a time (BOM dropped). */
function utf16ToUtf8(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Buffer {
  const decoder = new TextDecoder(encoding);
  const parts: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += CHUNK) {
    const end = Math.min(bytes.length, at + CHUNK);
    parts.push(
      Buffer.from(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length })),
    );
  }
  parts.push(Buffer.from(decoder.decode()));
  return Buffer.concat(parts);
}

/**
 * What Windows-1252 has at 0x80–0x9F (the rest of its high half is Latin-1, U+00A0–U+00FF). The
 * five bytes it leaves undefined are read as the C1 control of the same number, as WHATWG does.
 * Node's own TextDecoder('windows-1252') reads this range as Latin-1 (so `–` came out as U+0096),
 * hence the table.
 */
const windows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Windows-1252 bytes as UTF-8 (at most three bytes for one). */
function windows1252ToUtf8(bytes: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(bytes.length * 3);
  let at = 0;
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte < 0xa0 ? (windows1252High[byte - 0x80] ?? byte) : byte;
    if (code < 0x80) out[at++] = code;
    else if (code < 0x800) {
      out[at++] = 0xc0 | (code >> 6);
      out[at++] = 0x80 | (code & 0x3f);
    } else {
      out[at++] = 0xe0 | (code >> 12);
      out[at++] = 0x80 | ((code >> 6) & 0x3f);
      out[at++] = 0x80 | (code & 0x3f);
    }
  }
  return out.subarray(0, at);
}

/**
 * Whether bytes that are not valid UTF-8 still hold a well-formed multi-byte UTF-8 character
 * (a lead byte and its continuation bytes): then the file is UTF-8 with a few bad bytes, not
 * Windows-1252, where such pairs (`Ã©`) do not occur in real text.
 */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i += 1) {
    const lead = bytes[i] ?? 0;
    const length =
      lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
    if (length === 0) continue;
    let continued = 1;
    while (continued < length && ((bytes[i + continued] ?? 0) & 0xc0) === 0x80) continued += 1;
    if (continued === length) return true;
  }
  return false;
}

/**
 * Which encoding a CSV file is in, and its bytes as UTF-8 (what the scan and DuckDB read). A
 * byte-order mark says UTF-8 or UTF-16; UTF-16 is also recognised without one (its first line
 * alternates zero bytes); bytes that are valid UTF-8, or that hold any well-formed multi-byte
 * UTF-8 character among a few bad bytes, are UTF-8; anything else is read as Windows-1252, what
 * Excel saves as "CSV" on a Western Windows (every byte is a character there, so nothing a
 * council typed is lost). A UTF-8 file keeps its BOM for the scan to see.
 *
 *     decodeCsv(Buffer.from([0x4e, 0x61, 0xf1, 0x61])) // { encoding: 'windows-1252', bytes: <Buffer 4e 61 c3 b1 61> } ("Naña")
 */
export function decodeCsv(bytes: Uint8Array): { encoding: CsvEncoding; bytes: Uint8Array } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8-bom', bytes };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: 'utf-16le', bytes: utf16ToUtf8(bytes, 'utf-16le') };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: 'utf-16be', bytes: utf16ToUtf8(bytes, 'utf-16be') };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { encoding: utf16, bytes: utf16ToUtf8(bytes, utf16) };
  // A UTF-8 file with a few bad bytes stays UTF-8 (its rows with bad bytes are rejected as
  // unreadable): reading it as Windows-1252 would silently turn every `é` it holds into `Ã©`.
  if (isUtf8(bytes) || hasUtf8Sequence(bytes)) return { encoding: 'utf-8', bytes };
  return { encoding: 'windows-1252', bytes: windows1252ToUtf8(bytes) };
}
