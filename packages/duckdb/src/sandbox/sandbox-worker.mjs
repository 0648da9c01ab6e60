// One worker process of the analysts' SQL sandbox (see sandbox.ts). It is plain JavaScript so
// that it runs unchanged from the package source (vitest, `vite dev`), from the built package
// and beside the built dashboard: the parent forks it with node and nothing else.
//
// The parent checks every statement; this process only holds the DuckDB that runs it, so that a
// statement over its time or memory can be ended with SIGKILL without touching the server.
//
// Messages (JSON over the IPC channel):
//   parent -> { op: 'open', views: string[], dir }        answer { op: 'ready' } or { op: 'error', message }
//   parent -> { id, op: 'parse', sql }                    answer { id, ok: true, ast } (json_serialize_sql's text)
//   parent -> { id, op: 'run', sql, maxRows, maxBytes }   answer { id, ok: true, columns, types, rows, truncated, reason }
//   any failure                                            answer { id, ok: false, message }
import { DuckDBInstance, JsonDuckDBValueConverter, StatementType } from '@duckdb/node-api';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {import('@duckdb/node-api').DuckDBConnection | undefined} */
let connection;

function send(message) {
  if (process.send) process.send(message);
}

// The process runs in the dataset folder and the views name their files relative to it, so that
// no plan, file name or error names the server's disk.
// The views are written to a DuckDB file in a private folder, which is then opened READ_ONLY and
// removed: the catalog cannot change (no CREATE, DROP, ALTER) and the process has no writable
// DuckDB directory at all (no temp directory either).
// The parent makes the folder and removes it too if this process is killed while it opens.
async function open({ views, dir, memoryLimit, threads, folder: given }) {
  const folder = given ?? mkdtempSync(join(tmpdir(), 'anyam-sandbox-'));
  try {
    const file = join(folder, 'views.duckdb');
    const writer = await DuckDBInstance.create(file, { threads: '1' });
    const setup = await writer.connect();
    for (const view of views) await setup.run(view);
    setup.closeSync();
    writer.closeSync();
    const instance = await DuckDBInstance.create(file, {
      access_mode: 'READ_ONLY',
      threads: String(threads),
      memory_limit: memoryLimit,
      temp_directory: '',
      max_temp_directory_size: '0B',
      autoinstall_known_extensions: 'false',
      autoload_known_extensions: 'false',
      allow_community_extensions: 'false',
      allow_persistent_secrets: 'false',
    });
    connection = await instance.connect();
    // Settings are per instance and locked last, so no statement can undo them.
    await connection.run('SET allowed_directories = [$dir]', { dir: `${dir}/` });
    // DuckDB sizes its stream buffer by fixed-width vectors, not string bytes: at the default it
    // holds ~60,000 rows of long strings ahead of the reader. One chunk is enough here.
    await connection.run("SET streaming_buffer_size = '1KB'");
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
  } finally {
    // DuckDB keeps the open file; the name disappears with the folder.
    rmSync(folder, { recursive: true, force: true });
  }
}

async function parse(sql) {
  const reader = await connection.runAndReadAll(
    'SELECT json_serialize_sql(CAST($sql AS VARCHAR)) AS ast',
    { sql },
  );
  return String(reader.getRowsJson()[0][0]);
}

// Rows are read one chunk at a time and converted one row at a time, so a result is never held
// past the first row over the row or byte cap.
async function run(sql, maxRows, maxBytes) {
  const statements = await connection.extractStatements(sql);
  if (statements.count !== 1)
    throw new Error(`The statement was not one statement (${statements.count}).`);
  const prepared = await statements.prepare(0);
  if (
    prepared.statementType !== StatementType.SELECT &&
    prepared.statementType !== StatementType.EXPLAIN
  ) {
    throw new Error('Only reading is allowed here.');
  }
  const result = await prepared.stream();
  const columns = result.columnNames();
  const types = result.columnTypes().map((type) => type.toString());
  const rows = [];
  let bytes = 2;
  let reason = null;
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) break;
    for (let index = 0; index < chunk.rowCount; index += 1) {
      if (rows.length >= maxRows) {
        reason = 'rows';
        break;
      }
      const row = chunk.convertRowValues(index, JsonDuckDBValueConverter);
      const size = Buffer.byteLength(JSON.stringify(row), 'utf8') + 1;
      if (bytes + size > maxBytes) {
        reason = 'bytes';
        break;
      }
      bytes += size;
      rows.push(row);
    }
    if (reason) break;
  }
  return { columns, types, rows, truncated: reason !== null, reason };
}

process.on('message', async (message) => {
  if (message.op === 'open') {
    try {
      await open(message);
      send({ op: 'ready' });
    } catch (error) {
      send({ op: 'error', message: String(error?.message ?? error) });
    }
    return;
  }
  try {
    if (!connection) throw new Error('The sandbox is not open.');
    if (message.op === 'parse') send({ id: message.id, ok: true, ast: await parse(message.sql) });
    else if (message.op === 'run') {
      const answer = await run(message.sql, message.maxRows, message.maxBytes);
      send({ id: message.id, ok: true, ...answer });
      // Chunks hold native memory until they are collected: give it back before the next query.
      globalThis.gc?.();
    } else throw new Error(`Unknown operation ${String(message.op)}.`);
  } catch (error) {
    send({ id: message.id, ok: false, message: String(error?.message ?? error) });
  }
});

// The parent going away (closed IPC channel) ends the worker: no orphan holds the dataset open.
process.on('disconnect', () => process.exit(0));
