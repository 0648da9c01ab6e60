import { defineConfig } from 'tsup';

// ESM is published module by module (each source file its own `dist/**/*.js`), so that with
// `sideEffects: false` a bundler keeps only the modules an app imports: `formatRupiah` alone does
// not pull zod and every schema. CJS (Node `require`, which does not tree-shake) is one bundle per
// entry. Types are rolled up per entry for both.
const entries = ['src/index.ts', 'src/reference/index.ts'];
const shared = { sourcemap: true, clean: false, target: 'node20' } as const;

export default defineConfig([
  {
    ...shared,
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.testkit.ts'],
    format: ['esm'],
    bundle: false,
    dts: { entry: entries, compilerOptions: { paths: {} } },
  },
  {
    ...shared,
    entry: entries,
    format: ['cjs'],
    dts: { entry: entries, compilerOptions: { paths: {} } },
  },
]);
