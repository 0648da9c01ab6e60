#!/usr/bin/env node
// `pnpm start`: serves the built dashboard on HOST:PORT (default 127.0.0.1:3000) over $ANYAM_DATA
// or the repository's data/export, generating the Banten demo dataset there first when there is
// none (never into a folder ANYAM_DATA names).
// Only this machine can reach it unless HOST=0.0.0.0 (every interface) is set; a request body
// over BODY_SIZE_LIMIT (default 21M, a submitted workbook) gets 413. ORIGIN is passed on to adapter-node as it is.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(app, '../..');
const dataDir = resolve(process.env.ANYAM_DATA ?? join(root, 'data', 'export'));
const cli = join(root, 'packages', 'cli', 'dist', 'bin.js');
const server = join(app, 'build', 'index.js');

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

const named = (process.env.ANYAM_DATA ?? '') !== '';
if (named && !existsSync(join(dataDir, 'manifest.json'))) {
  // A folder the user named is theirs: never fill it with synthetic data.
  console.error(
    `There is no dataset in ANYAM_DATA (${dataDir} has no manifest.json): write one there with \`anyam import\` or \`anyam generate --out\`, or leave ANYAM_DATA unset to serve the demo dataset.`,
  );
  process.exit(1);
}
if (!existsSync(join(dataDir, 'manifest.json'))) {
  if (!existsSync(cli)) {
    console.log('Building the anyam CLI to generate the demo dataset…');
    run('pnpm', ['--filter', '@anyam/cli...', 'build'], root);
  }
  console.log(`No dataset at ${dataDir}: generating the Banten demo dataset…`);
  run(process.execPath, [cli, 'generate', '--scale', 'banten', '--out', dataDir], root);
}
if (!existsSync(server)) {
  console.log('Building the dashboard…');
  run('pnpm', ['build'], app);
}

const child = spawn(process.execPath, [server], {
  cwd: app,
  stdio: 'inherit',
  env: {
    ...process.env,
    ANYAM_DATA: dataDir,
    // A demo on localhost is the safe default: serving a network is a choice (HOST=0.0.0.0).
    HOST: process.env.HOST ?? '127.0.0.1',
    PORT: process.env.PORT ?? '3000',
    // Room for a steward's submitted workbook (up to 20 MB); every route caps its own body
    // below this (the SQL console at 64 KB). Over the limit adapter-node reads on and drops the
    // bytes, so the client gets its 413 instead of a reset connection.
    BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '21M',
  },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
