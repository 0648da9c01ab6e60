import { DuckDBInstance } from '@duckdb/node-api';
import { test } from 'vitest';
import { generate } from './index.js';
test('try', async () => {
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const t0 = Date.now();
  let peak = 0; const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 100);
  await generate(c, { scale: 'national', seed: 42, onProgress: (s, d, n) => console.log(s, d, n, Date.now() - t0, Math.round(process.memoryUsage().rss / 1e6)) });
  clearInterval(timer);
  console.log('peak MB', peak / 1e6);
  for (const t of ['councils','enterprises','artisans','programs','participations','products','assessments','practices','study_visits','adoptions','exhibitions','exhibitors','outcomes','regions']) {
    const r = await c.runAndReadAll(`select count(*)::INTEGER n from ${t}`); console.log(t, r.getRowObjectsJson()[0]);
  }
}, 600000);
