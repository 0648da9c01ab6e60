// The closing line of the README's test command: sums the JSON reports each vitest run leaves in
// `.test-results/` (see vitest.shared.ts) and counts, as failed, every suite that did not run: a
// test file that crashed before its tests (vitest: status failed, no assertions) and a whole
// vitest run that wrote no report (its process crashed, or an earlier step of `test` failed).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reports a full run must leave, one per vitest run of each workspace package with a `test`
 * script: `unit`, and `browser` where the package has `vitest.browser.config.ts`.
 *
 *     expectedReports('/repo') // ['/repo/packages/core/.test-results/unit.json', ...]
 */
export function expectedReports(root) {
  const files = [];
  for (const base of ['packages', 'apps']) {
    const dir = join(root, base);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      const manifest = join(dir, name, 'package.json');
      if (!existsSync(manifest)) continue;
      if (!JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test) continue;
      const results = join(dir, name, '.test-results');
      files.push(join(results, 'unit.json'));
      if (existsSync(join(dir, name, 'vitest.browser.config.ts')))
        files.push(join(results, 'browser.json'));
    }
  }
  return files;
}

/**
 * Sums reports: `entries` pairs each expected report's name with its parsed JSON, or `null` when
 * the file is missing or unreadable. A test file that failed without running a test counts as
 * one suite not run, and so does a missing report.
 *
 *     summariseReports([
 *       { name: 'core/unit', report: { numPassedTests: 3, numFailedTests: 0, testResults: [] } },
 *       { name: 'dashboard/browser', report: null },
 *     ])
 *     // { passed: 3, failed: 0, suitesNotRun: 1, notRun: ['dashboard/browser'] }
 */
export function summariseReports(entries) {
  let passed = 0;
  let failed = 0;
  const notRun = [];
  for (const { name, report } of entries) {
    if (report === null || typeof report !== 'object') {
      notRun.push(name);
      continue;
    }
    passed += report.numPassedTests ?? 0;
    failed += report.numFailedTests ?? 0;
    if (Array.isArray(report.testResults)) {
      for (const suite of report.testResults) {
        if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0)
          notRun.push(`${name}: ${suite.name ?? 'a test file'}`);
      }
    } else if ((report.numFailedTestSuites ?? 0) > 0 && (report.numFailedTests ?? 0) === 0) {
      for (let i = 0; i < report.numFailedTestSuites; i += 1) notRun.push(name);
    }
  }
  return { passed, failed, suitesNotRun: notRun.length, notRun };
}

/**
 * The one closing line: `tests: 465 passed, 0 failed, 2 suites did not run`.
 *
 *     closingLine({ passed: 3, failed: 1, suitesNotRun: 0 }) // 'tests: 3 passed, 1 failed, 0 suites did not run'
 */
export function closingLine({ passed, failed, suitesNotRun }) {
  const suites = suitesNotRun === 1 ? 'suite' : 'suites';
  return `tests: ${passed} passed, ${failed} failed, ${suitesNotRun} ${suites} did not run`;
}

/** Reads the expected reports of `root` (`null` for a missing or broken one) and sums them. */
export function summariseRun(root) {
  return summariseReports(
    expectedReports(root).map((file) => {
      const name = file.slice(root.length + 1).replace('/.test-results/', '/');
      try {
        return { name, report: JSON.parse(readFileSync(file, 'utf8')) };
      } catch {
        return { name, report: null };
      }
    }),
  );
}
