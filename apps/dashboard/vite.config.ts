import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { testReports, workspaceAlias } from '../../vitest.shared';

export default defineConfig({
  plugins: [sveltekit()],
  // The native DuckDB binding must stay a runtime import of node_modules, never bundled.
  ssr: { external: ['@duckdb/node-api', '@duckdb/node-bindings'] },
  test: {
    ...testReports('unit'),
    include: ['src/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    alias: workspaceAlias,
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
