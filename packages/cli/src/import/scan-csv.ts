/**
 * A quote-aware scan of a CSV file's bytes that finds where each record starts and ends and on
 * which line, without splitting fields (DuckDB's `read_csv` does that). DuckDB's reader cannot
 * say on which line a row was, and a council's file has to be answered line by line, so the
 * importer scans once here and hands DuckDB a copy of the file with each record's number and
 * line prefixed (see `prefixRecords`).
 */

export type Delimiter = ',' | ';' | '\t';

export interface CsvScan {
  readonly delimiter: Delimiter;
  /** The header's cells as typed (trimmed, quotes removed). */
  readonly header: readonly string[];
  readonly bom: boolean;
  readonly crlf: boolean;
  /** Per data record: byte offset of its first byte, and of the byte after it (line break excluded). */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Per data record: the file line it starts on (the header is line 1). */
  readonly lines: Int32Array;
  /** Per data record: how many fields it has. */
  readonly fields: Int32Array;
  /** Per data record: how many fields up to its last one that is not blank. */
  readonly used: Int32Array;
  /** Per data record: where its first `header.length` fields end (its end if it has no more). */
  readonly cuts: Float64Array;
  /** Per data record: whether a quoted field was still open at the end of the file. */
  readonly unclosed: Uint8Array;
  readonly count: number;
}

/**
 * The longest record (header or row) read, in bytes of UTF-8: 1 MiB. No council types that much
 * into one row; a longer one is a file that is not a table (one line of 200 MB, a binary file)
 * or a quote never closed that swallows the rest of the file, and holding it as text is what
 * used to exhaust the heap.
 */
export const MAX_RECORD_BYTES = 1 << 20;

/** A record longer than `MAX_RECORD_BYTES`: the file is refused (see stageCsv). */
export class RecordTooLong extends Error {
  override readonly name = 'RecordTooLong';
  constructor(
    /** The file line the record starts on (the header is line 1). */
    readonly line: number,
    /** Whether a quote opened in the record was still open when the limit was passed. */
    readonly quoted: boolean,
  ) {
    super(`The record on line ${line} is longer than ${MAX_RECORD_BYTES} bytes.`);
  }
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** The delimiter a header line uses: the most frequent of `;`, `,` and tab outside quotes. */
function detectDelimiter(bytes: Uint8Array, from: number, to: number): Delimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = from; i < to; i += 1) {
    const b = bytes[i];
    if (b === QUOTE) quoted = !quoted;
    else if (!quoted && b === 0x2c) counts[','] += 1;
    else if (!quoted && b === 0x3b) counts[';'] += 1;
    else if (!quoted && b === 0x09) counts['\t'] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Splits one record's text into cells (used for the header only; rows go to DuckDB).
 *
 *     splitRecord('a;"b;c";d', ';') // ['a', 'b;c', 'd']
 */
export function splitRecord(text: string, delimiter: Delimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells.map((value) => value.trim());
}

class Growable {
  data: Float64Array;
  length = 0;
  constructor(size: number) {
    this.data = new Float64Array(size);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length] = value;
    this.length += 1;
  }
}

/**
 * Scans a CSV file's bytes (UTF-8: see decodeCsv). A record ends at a line break outside quotes; a quote opens a quoted
 * field only at the start of a field (elsewhere it is an ordinary character, as a person typing
 * `5" ruler` means it). Lines holding nothing but separators and spaces are skipped (Excel writes
 * `,,,,` for an empty row), but still counted. A record over `MAX_RECORD_BYTES` throws
 * `RecordTooLong`.
 *
 *     const scan = scanCsv(Buffer.from('\uFEFFa;b\r\n1;"x\ny"\r\n2;z\r\n'));
 *     scan.delimiter // ';'
 *     [...scan.lines] // [2, 4]
 */
export function scanCsv(bytes: Uint8Array): CsvScan {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let position = bom ? 3 : 0;
  let headerEnd = position;
  while (headerEnd < bytes.length && bytes[headerEnd] !== LF) {
    headerEnd += 1;
    if (headerEnd - position > MAX_RECORD_BYTES) throw new RecordTooLong(1, false);
  }
  const headerTextEnd =
    headerEnd > position && bytes[headerEnd - 1] === CR ? headerEnd - 1 : headerEnd;
  const crlf = headerTextEnd !== headerEnd;
  const delimiter = detectDelimiter(bytes, position, headerTextEnd);
  const header = splitRecord(
    new TextDecoder().decode(bytes.subarray(position, headerTextEnd)),
    delimiter,
  );
  const delimiterByte = delimiter.charCodeAt(0);

  const estimate = Math.max(16, Math.ceil(bytes.length / 32));
  const starts = new Growable(estimate);
  const ends = new Growable(estimate);
  const lines = new Growable(estimate);
  const fields = new Growable(estimate);
  const unclosed = new Growable(estimate);

  const expected = header.length;
  const used = new Growable(estimate);
  const cuts = new Growable(estimate);
  position = headerEnd + 1;
  let line = 2;
  while (position < bytes.length) {
    const start = position;
    const startLine = line;
    let quoted = false;
    let fieldStart = true;
    let filled = false;
    let count = 1;
    let lastFilled = 0;
    let cut = -1;
    while (position < bytes.length) {
      const b = bytes[position];
      if (quoted) {
        if (b === QUOTE) {
          if (bytes[position + 1] === QUOTE) position += 1;
          else quoted = false;
        } else if (b === LF) line += 1;
      } else if (b === LF) break;
      else if (b === QUOTE && fieldStart) {
        quoted = true;
        filled = true;
        fieldStart = false;
      } else if (b === delimiterByte) {
        if (filled) lastFilled = count;
        if (count === expected) cut = position;
        count += 1;
        fieldStart = true;
        filled = false;
      } else if (b !== 0x20 && b !== 0x09 && b !== CR) {
        fieldStart = false;
        filled = true;
      }
      position += 1;
    }
    if (position - start > MAX_RECORD_BYTES) throw new RecordTooLong(startLine, quoted);
    if (filled) lastFilled = count;
    const end = position > start && bytes[position - 1] === CR ? position - 1 : position;
    position += 1;
    line += 1;
    // A line of nothing but separators and spaces is what Excel writes for an empty row.
    if (lastFilled === 0 && !quoted) continue;
    starts.push(start);
    ends.push(end);
    lines.push(startLine);
    fields.push(count);
    used.push(lastFilled);
    cuts.push(cut < 0 ? end : cut);
    unclosed.push(quoted ? 1 : 0);
  }
  return {
    delimiter,
    header,
    bom,
    crlf,
    starts: starts.data.subarray(0, starts.length),
    ends: ends.data.subarray(0, ends.length),
    lines: Int32Array.from(lines.data.subarray(0, lines.length)),
    fields: Int32Array.from(fields.data.subarray(0, fields.length)),
    used: Int32Array.from(used.data.subarray(0, used.length)),
    cuts: cuts.data.subarray(0, cuts.length),
    unclosed: Uint8Array.from(unclosed.data.subarray(0, unclosed.length)),
    count: starts.length,
  };
}

/** Writes a non-negative integer's decimal digits at `at`; returns the position after them. */
function writeDigits(out: Buffer, at: number, value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits += 1;
  let rest = value;
  for (let i = digits - 1; i >= 0; i -= 1) {
    out[at + i] = 0x30 + (rest % 10);
    rest = Math.floor(rest / 10);
  }
  return at + digits;
}

/**
 * The bytes DuckDB reads: a header `__rec,__line,<header>` and, per record whose number passes
 * `keep`, `<record number>,<line>,<record as typed>`, with `\n` line ends. The record number is
 * the position among the scan's records, so a row that DuckDB returns is tied back to its line
 * and to its original text without relying on the order DuckDB reads in.
 *
 *     prefixRecords(bytes, scan, () => true).toString() // '__rec;__line;a;b\n0;2;1;"x\ny"\n1;4;2;z\n'
 */
export function prefixRecords(
  bytes: Uint8Array,
  scan: CsvScan,
  keep: (record: number) => boolean,
): Buffer {
  const d = scan.delimiter;
  const headerText = scan.header.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(d);
  const head = Buffer.from(`__rec${d}__line${d}${headerText}\n`);
  const expected = scan.header.length;
  let size = head.length;
  for (let i = 0; i < scan.count; i += 1) {
    if (keep(i))
      size +=
        (scan.ends[i] ?? 0) -
        (scan.starts[i] ?? 0) +
        24 +
        Math.max(0, expected - (scan.fields[i] ?? 0));
  }
  const out = Buffer.allocUnsafe(size);
  const delimiterByte = d.charCodeAt(0);
  let at = head.copy(out, 0);
  for (let i = 0; i < scan.count; i += 1) {
    if (!keep(i)) continue;
    at = writeDigits(out, at, i);
    out[at++] = delimiterByte;
    at = writeDigits(out, at, scan.lines[i] ?? 0);
    out[at++] = delimiterByte;
    const start = scan.starts[i] ?? 0;
    // Blank fields beyond the header are cut and missing trailing fields padded, as a
    // spreadsheet would show them: empty cells.
    const end = Math.min(scan.ends[i] ?? 0, scan.cuts[i] ?? 0);
    out.set(bytes.subarray(start, end), at);
    at += end - start;
    for (let missing = expected - (scan.fields[i] ?? expected); missing > 0; missing -= 1)
      out[at++] = delimiterByte;
    out[at] = LF;
    at += 1;
  }
  return out.subarray(0, at);
}
