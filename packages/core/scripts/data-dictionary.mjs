// Rewrites the data dictionary's generated files from @anyam/core's tables and descriptions:
// the tables section of data/README.md (between <!-- data-dictionary:start --> and
// <!-- data-dictionary:end -->; the rest of the file is left as it is) and the whole of
// data/schema.sql. Reads the built package, so build core first:
//   npx -y pnpm@12.4.2 --filter @anyam/core build && node packages/core/scripts/data-dictionary.mjs
// With --check it writes nothing and exits 1 when a file differs from what it would write.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dataDictionaryMarkdown, replaceBetweenMarkers, schemaSql } from '../dist/index.js';

const data = (name) => fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));
const readme = data('README.md');
const schema = data('schema.sql');

const wanted = [
  [
    readme,
    replaceBetweenMarkers(
      readFileSync(readme, 'utf8'),
      'data-dictionary',
      dataDictionaryMarkdown(),
    ),
  ],
  [schema, schemaSql()],
];

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of wanted) {
  if (readFileSync(path, 'utf8') === text) continue;
  if (check) {
    stale += 1;
    console.error(
      `${path} differs from the data dictionary: run node packages/core/scripts/data-dictionary.mjs.`,
    );
  } else {
    writeFileSync(path, text);
    console.log(`wrote ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
