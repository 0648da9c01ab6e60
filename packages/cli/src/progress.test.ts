import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';
import { captureIo } from './testing-io.js';

describe('createProgress', () => {
  it('draws and clears a line on a terminal', () => {
    const io = captureIo({ isTTY: true });
    const progress = createProgress(io);
    progress.update('Writing councils (1/14)');
    progress.done();
    expect(io.err()).toBe('\r\x1b[2KWriting councils (1/14)\r\x1b[2K');
  });

  it('stays silent when stderr is piped or in --json mode', () => {
    const piped = captureIo({ isTTY: false });
    createProgress(piped).update('x');
    const json = captureIo({ isTTY: true });
    createProgress(json, { json: true }).update('x');
    expect(piped.err() + json.err()).toBe('');
  });
});
