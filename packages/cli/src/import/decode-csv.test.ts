import { expect, test } from 'vitest';
import { decodeCsv } from './decode-csv.js';

const text = 'name\nKerajinan – Ñ é € ’\n';

test('decodeCsv tells UTF-8, UTF-8 with BOM and UTF-16 (with or without BOM) apart and gives UTF-8', () => {
  const cases: [string, Buffer][] = [
    ['utf-8', Buffer.from(text)],
    ['utf-8-bom', Buffer.from(`\uFEFF${text}`)],
    ['utf-16le', Buffer.from(`\uFEFF${text}`, 'utf16le')],
    ['utf-16be', Buffer.from(`\uFEFF${text}`, 'utf16le').swap16()],
    ['utf-16le', Buffer.from(text, 'utf16le')],
    ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
  ];
  for (const [encoding, bytes] of cases) {
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(Buffer.from(decoded.bytes).toString('utf8')).toBe(
      encoding === 'utf-8-bom' ? `\uFEFF${text}` : text,
    );
  }
});

test('decodeCsv reads bytes that are not UTF-8 as Windows-1252, its 0x80–0x9F range included', () => {
  // "Kerajinan – Ñ é € ’" as Excel saves it in Windows-1252, then the five undefined bytes.
  const bytes = Buffer.concat([
    Buffer.from('name\nKerajinan '),
    Buffer.from([0x96, 0x20, 0xd1, 0x20, 0xe9, 0x20, 0x80, 0x20, 0x92, 0x0a]),
    Buffer.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]),
  ]);
  const decoded = decodeCsv(bytes);
  expect(decoded.encoding).toBe('windows-1252');
  expect(Buffer.from(decoded.bytes).toString('utf8')).toBe(`${text}\u0081\u008d\u008f\u0090\u009d`);
});

test('decodeCsv decodes a UTF-16 file larger than one chunk, with a character across the cut', () => {
  // BOM + 'a's + 'é' end 2 bytes before 1 MiB, so the chunk cuts the emoji's surrogate pair.
  const body = `${'a'.repeat((1 << 19) - 3)}é😀${'b'.repeat(1000)}`;
  const decoded = decodeCsv(Buffer.from(`\uFEFF${body}`, 'utf16le'));
  expect(Buffer.from(decoded.bytes).toString('utf8')).toBe(body);
});

test('decodeCsv keeps a UTF-8 file with a stray bad byte as UTF-8, rather than turning its é into Ã©', () => {
  const bytes = Buffer.concat([Buffer.from('name\nSiti – é\n'), Buffer.from([0xe9, 0x0a])]);
  const decoded = decodeCsv(bytes);
  expect(decoded.encoding).toBe('utf-8');
  expect(decoded.bytes).toBe(bytes);
});
