import { defineConfig } from 'vitest/config';
import { testReports, workspaceAlias } from '../../vitest.shared';

// Browser tests: the built app (build/index.js) on the generated Banten dataset, driven through
// playwright-core in Debian's Chromium. `pnpm test` builds first.
export default defineConfig({
  resolve: { alias: workspaceAlias },
  test: {
    ...testReports('browser'),
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
