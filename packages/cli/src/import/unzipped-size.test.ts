import { expect, test } from 'vitest';
import { unzippedSize } from './unzipped-size.js';
import { deflatedZeros, zipOf } from './zip.test-support.js';

test('unzippedSize counts what the entries inflate to, not what they declare', async () => {
  const zip = zipOf([
    { name: 'a.xml', deflated: await deflatedZeros(3000), declared: 3000 },
    { name: 'b.xml', deflated: await deflatedZeros(5 << 20), declared: 10 },
  ]);
  expect(await unzippedSize(zip, 64 << 20)).toEqual({ bytes: 3000 + (5 << 20), overLimit: false });
  const over = await unzippedSize(zip, 1 << 20);
  expect(over.overLimit).toBe(true);
  // It stopped soon after the limit instead of inflating all 5 MiB.
  expect(over.bytes).toBeLessThan(2 << 20);
});

test('unzippedSize throws on bytes that are not a ZIP archive', async () => {
  await expect(unzippedSize(Buffer.from('not a zip at all, just text'), 1 << 20)).rejects.toThrow(
    'not a ZIP archive',
  );
});
