import { describe, expect, it } from 'vitest';
import { errorSentence } from './error-sentence.js';
import { createPool } from './pool.js';

describe('errorSentence', () => {
  it('keeps the first line and a "Did you mean" hint of a real DuckDB error', async () => {
    const pool = await createPool({ size: 1 });
    await pool.query('CREATE TABLE councils (x INTEGER)');
    const error = await pool.query('SELECT * FROM councilz').catch((e: unknown) => e);
    await pool.close();
    const sentence = errorSentence(error);
    expect(sentence).toMatch(/^Catalog Error: Table with name councilz does not exist!/);
    expect(sentence).toContain('Did you mean "councils"');
    expect(sentence).not.toContain('\n');
  });

  it('reads a non-Error value', () => {
    expect(errorSentence('plain')).toBe('plain');
  });
});
