import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter({ out: 'build' }),
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
