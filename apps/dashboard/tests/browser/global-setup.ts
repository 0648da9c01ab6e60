import type { TestProject } from 'vitest/node';
import { ensureTestDataset, nationwideDataset } from '../dataset.js';
import { startServer } from './server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
    /** The app over the nationwide dataset: every council of Indonesia, for `region=ID`. */
    nationalBaseUrl: string;
    nationalDataDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // One after the other: the machine's two cores are shared, and each generation is seconds.
  const dataDir = await ensureTestDataset();
  const nationalDataDir = await ensureTestDataset(nationwideDataset);
  const server = await startServer(dataDir);
  const national = await startServer(nationalDataDir).catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  project.provide('nationalBaseUrl', national.url);
  project.provide('nationalDataDir', nationalDataDir);
  return async () => {
    await Promise.all([server.stop(), national.stop()]);
  };
}
