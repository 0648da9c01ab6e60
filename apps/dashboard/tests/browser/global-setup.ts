import type { TestProject } from 'vitest/node';
import { ensureTestDataset } from '../dataset.js';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await ensureTestDataset();
  const server = await startServer(dataDir);
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  return () => server.stop();
}
