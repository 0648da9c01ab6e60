#!/usr/bin/env node
import { processIo } from './io.js';
import { main } from './main.js';

// exitCode rather than exit(): stdout may still be flushing to a pipe.
main(process.argv.slice(2), processIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`anyam: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
