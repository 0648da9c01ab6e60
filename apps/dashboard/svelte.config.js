import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// A build folder of one's own (ANYAM_BUILD_DIR, say `.build-mine`) lets two builds and their
// browser tests run side by side in one working tree without pulling files from under each other.
const buildDir = process.env.ANYAM_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: buildDir }),
    outDir: buildDir === 'build' ? '.svelte-kit' : `.svelte-kit${buildDir.replace(/^\.?/, '-')}`,
    // Content-Security-Policy of every page (the hook adds nosniff and the rest). SvelteKit puts
    // a nonce on its own inline script; styles need 'unsafe-inline' for Svelte's style attributes
    // and transitions and d3's; images may be data: and blob: URLs (the chart PNG download draws
    // the SVG through a blob: image).
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
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
