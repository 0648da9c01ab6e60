// Child process of write-dataset.test.ts: writes the records given in $RECORDS to argv[2] with the
// built package, prints each progress step as a JSON line, and stops forever at the start of the
// third table so that the test can kill it in the middle of a write.
import { DuckDBInstance } from '@duckdb/node-api';
import { loadRecords, writeDataset } from '../../dist/index.js';

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await loadRecords(connection, JSON.parse(process.env.RECORDS ?? '{}'));
// Keeps the event loop alive while the write waits forever at the third table.
globalThis.setInterval(() => {}, 1000);
await writeDataset(connection, process.argv[2], {
  createdBy: { command: 'interrupted-test' },
  onProgress: (progress) => {
    process.stdout.write(`${JSON.stringify(progress)}\n`);
    if (progress.step === 3 && progress.phase === 'start') return new Promise(() => {});
  },
});
