import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/reference/index.ts'],
  format: ['esm', 'cjs'],
  dts: { compilerOptions: { paths: {} } },
  sourcemap: true,
  clean: true,
  target: 'node20',
});
