import { describe, expect, test } from 'vitest';
import { MAX_RECORD_BYTES, prefixRecords, scanCsv, splitRecord } from './scan-csv.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('scanCsv', () => {
  test('finds the delimiter, the byte-order mark and Windows line endings', () => {
    const scan = scanCsv(bytes('\uFEFFa;b;c\r\n1;2;3\r\n'));
    expect([scan.delimiter, scan.bom, scan.crlf, scan.header]).toEqual([
      ';',
      true,
      true,
      ['a', 'b', 'c'],
    ]);
    expect(scan.count).toBe(1);
    expect([...scan.fields]).toEqual([3]);
  });

  test('a record with a quoted line break starts on its first line and the next one counts both', () => {
    const text = 'a,b\n1,"x\ny"\n2,z\n';
    const scan = scanCsv(bytes(text));
    expect([...scan.lines]).toEqual([2, 4]);
    expect(text.slice(scan.starts[0], scan.ends[0])).toBe('1,"x\ny"');
  });

  test('blank lines are skipped but still counted', () => {
    const scan = scanCsv(bytes('a,b\n\n1,2\n   \n3,4'));
    expect([...scan.lines]).toEqual([3, 5]);
    expect(scan.count).toBe(2);
  });

  test('a delimiter inside quotes does not split, and a quote inside a field is a character', () => {
    const scan = scanCsv(bytes('a;b\n1;"x;y"\n5" ruler;2\n'));
    expect([...scan.fields]).toEqual([2, 2]);
    expect([...scan.unclosed]).toEqual([0, 0]);
  });

  test('a quote never closed is flagged', () => {
    const scan = scanCsv(bytes('a,b\n1,"open\n2,3\n'));
    expect(scan.count).toBe(1);
    expect([...scan.unclosed]).toEqual([1]);
  });

  test('a row of nothing but separators is an empty row, skipped and counted', () => {
    const scan = scanCsv(bytes('a,b,c\n,,\n1,2,3\n , ,\n'));
    expect([...scan.lines]).toEqual([3]);
  });

  test('counts the fields up to the last one that is not blank', () => {
    const scan = scanCsv(bytes('a,b,c\n1,2,3,,\n1,2\n1,2,3,4\n'));
    expect([...scan.fields]).toEqual([5, 2, 4]);
    expect([...scan.used]).toEqual([3, 2, 4]);
  });

  test('a tab-separated header is recognised', () => {
    expect(scanCsv(bytes('a\tb\tc\n1\t2\t3\n')).delimiter).toBe('\t');
  });
});

describe('prefixRecords', () => {
  test('cuts blank fields beyond the header and pads missing trailing fields', () => {
    const input = bytes('a,b,c\n1,2,3,, \n4,5\n');
    const scan = scanCsv(input);
    expect(prefixRecords(input, scan, () => true).toString()).toBe(
      '__rec,__line,"a","b","c"\n0,2,1,2,3\n1,3,4,5,\n',
    );
  });

  test('prefixes each kept record with its number and line, with \\n line ends', () => {
    const input = bytes('a;b\r\n1;"x\r\ny"\r\n2;z\r\n3;w\r\n');
    const scan = scanCsv(input);
    expect(prefixRecords(input, scan, (rec) => rec !== 1).toString()).toBe(
      '__rec;__line;"a";"b"\n0;2;1;"x\r\ny"\n2;5;3;w\n',
    );
  });
});

describe('splitRecord', () => {
  test('splits on the delimiter outside quotes and undoes doubled quotes', () => {
    expect(splitRecord(' a ;"b;c";"say ""hi"""', ';')).toEqual(['a', 'b;c', 'say "hi"']);
  });
});

describe('scanCsv limits', () => {
  test('throws RecordTooLong naming the line of a header or a record over MAX_RECORD_BYTES', () => {
    const long = 'x'.repeat(MAX_RECORD_BYTES + 1);
    expect(() => scanCsv(bytes(long))).toThrow(expect.objectContaining({ line: 1, quoted: false }));
    expect(() => scanCsv(bytes(`a,b\n1,2\n\n${long},3\n4,5\n`))).toThrow(
      expect.objectContaining({ name: 'RecordTooLong', line: 4, quoted: false }),
    );
    expect(() => scanCsv(bytes(`a,b\n1,"open\n${long}\n`))).toThrow(
      expect.objectContaining({ line: 2, quoted: true }),
    );
  });

  test('reads a record of exactly MAX_RECORD_BYTES', () => {
    const scan = scanCsv(bytes(`a\n${'x'.repeat(MAX_RECORD_BYTES)}\n`));
    expect(scan.count).toBe(1);
    expect((scan.ends[0] ?? 0) - (scan.starts[0] ?? 0)).toBe(MAX_RECORD_BYTES);
  });
});
