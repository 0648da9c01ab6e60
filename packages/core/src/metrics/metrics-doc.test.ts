import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { metricDefinitions } from './registry.js';
import { metricNames } from './types.js';

// The repository's methodology document, docs/metrics.md, which the READMEs and `anyam metrics
// --help` point to: every metric a person can run must be explained there.
const doc = readFileSync(
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'docs', 'metrics.md'),
  'utf8',
);
const headings = doc.split('\n').filter((line) => /^#{2,3} /.test(line));

/** Whether a heading names `name` as a word of its own (`## reach: who ...`). */
const names = (heading: string, name: string) =>
  new RegExp(`(^|[^a-z_])${name}([^a-z_]|$)`).test(heading.replace(/^#+ /, ''));

describe('docs/metrics.md', () => {
  it('has a section for every metric of the registry', () => {
    const missing = Object.keys(metricDefinitions).filter(
      (name) => !headings.some((heading) => names(heading, name)),
    );
    expect(missing).toEqual([]);
    expect(Object.keys(metricDefinitions)).toEqual([...metricNames]);
  });

  it('states the small-cell suppression rule', () => {
    expect(headings).toContain('## Small-cell suppression');
  });

  it('does not point readers at files they will not have', () => {
    expect(doc).not.toMatch(/spec\/|\/shared\//);
  });
});
