import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
    // Workspace packages resolve to their TypeScript source, so the app builds without
    // building core and duckdb first (the same aliases the tests use).
    alias: {
      '@anyam/core/reference': '../../packages/core/src/reference/index.ts',
      '@anyam/core': '../../packages/core/src/index.ts',
      '@anyam/duckdb': '../../packages/duckdb/src/index.ts',
      '@anyam/synth': '../../packages/synth/src/index.ts',
      '@anyam/cli': '../../packages/cli/src/index.ts',
    },
  },
};
