import type { TestProject } from 'vitest/node';
import { ensureTestDataset } from './dataset.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dataDir: string;
  }
}

// Generating takes a few seconds; every test file then opens the same dataset.
export default async function setup(project: TestProject): Promise<void> {
  project.provide('dataDir', await ensureTestDataset());
}
