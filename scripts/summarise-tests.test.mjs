// node --test scripts/
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  closingLine,
  expectedReports,
  summariseReports,
  summariseRun,
} from './summarise-tests.mjs';

const report = (passed, failed, testResults = []) => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numFailedTestSuites: testResults.filter((suite) => suite.status === 'failed').length,
  testResults,
});

test('summariseReports sums passed and failed tests over the reports', () => {
  const sum = summariseReports([
    { name: 'core/unit', report: report(10, 1) },
    { name: 'cli/unit', report: report(5, 0) },
  ]);
  assert.deepEqual(sum, { passed: 15, failed: 1, suitesNotRun: 0, notRun: [] });
});

test('summariseReports counts a test file that failed without running a test', () => {
  const sum = summariseReports([
    {
      name: 'dashboard/browser',
      report: report(0, 0, [
        { name: 'tests/browser/dashboard.test.ts', status: 'failed', assertionResults: [] },
        { name: 'tests/browser/a11y.test.ts', status: 'failed', assertionResults: [] },
        { name: 'tests/browser/pages.test.ts', status: 'passed', assertionResults: [{}] },
      ]),
    },
  ]);
  assert.equal(sum.suitesNotRun, 2);
  assert.deepEqual(sum.notRun, [
    'dashboard/browser: tests/browser/dashboard.test.ts',
    'dashboard/browser: tests/browser/a11y.test.ts',
  ]);
});

test('summariseReports does not count a file whose tests ran and failed as not run', () => {
  const sum = summariseReports([
    {
      name: 'core/unit',
      report: report(1, 1, [
        { name: 'a.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }] },
      ]),
    },
  ]);
  assert.deepEqual(sum, { passed: 1, failed: 1, suitesNotRun: 0, notRun: [] });
});

test('summariseReports counts a missing report (a crashed vitest) as a suite not run', () => {
  const sum = summariseReports([
    { name: 'core/unit', report: report(3, 0) },
    { name: 'duckdb/unit', report: null },
  ]);
  assert.deepEqual(sum, { passed: 3, failed: 0, suitesNotRun: 1, notRun: ['duckdb/unit'] });
});

test('closingLine names what did not run', () => {
  assert.equal(
    closingLine({ passed: 465, failed: 0, suitesNotRun: 2 }),
    'tests: 465 passed, 0 failed, 2 suites did not run',
  );
  assert.equal(
    closingLine({ passed: 1, failed: 0, suitesNotRun: 1 }),
    'tests: 1 passed, 0 failed, 1 suite did not run',
  );
});

test('summariseRun expects a report per vitest run and reads the ones present', () => {
  const root = mkdtempSync(join(tmpdir(), 'anyam-summary-'));
  try {
    const pkg = (dir, scripts, browser = false) => {
      mkdirSync(join(root, dir, '.test-results'), { recursive: true });
      writeFileSync(join(root, dir, 'package.json'), JSON.stringify({ scripts }));
      if (browser) writeFileSync(join(root, dir, 'vitest.browser.config.ts'), '');
    };
    pkg('packages/core', { test: 'vitest run' });
    pkg('packages/docs', {});
    pkg('apps/dashboard', { test: 'vitest run' }, true);
    writeFileSync(
      join(root, 'packages/core/.test-results/unit.json'),
      JSON.stringify(report(4, 0)),
    );
    writeFileSync(join(root, 'apps/dashboard/.test-results/unit.json'), '{not json');
    assert.deepEqual(
      expectedReports(root).map((file) => file.slice(root.length + 1)),
      [
        'packages/core/.test-results/unit.json',
        'apps/dashboard/.test-results/unit.json',
        'apps/dashboard/.test-results/browser.json',
      ],
    );
    const sum = summariseRun(root);
    assert.equal(sum.passed, 4);
    assert.deepEqual(sum.notRun, ['apps/dashboard/unit.json', 'apps/dashboard/browser.json']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
