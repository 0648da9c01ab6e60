import { cp, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from './server.js';

/**
 * The built app copied aside and served from the copy, so that a rebuild of build/ while the
 * tests run (another build in the same tree) cannot pull files from under the server. The copy
 * sits in the dashboard's folder so that its imports still resolve through node_modules.
 */
export async function startSnapshotServer(dataDir: string): Promise<RunningServer> {
  const build = fileURLToPath(
    new URL(`../../${process.env.ANYAM_BUILD_DIR ?? 'build'}/`, import.meta.url),
  );
  const copy = fileURLToPath(new URL(`../../.browser-build-${process.pid}/`, import.meta.url));
  await rm(copy, { recursive: true, force: true });
  await cp(build, copy, { recursive: true });
  const server = await startServer(dataDir, `${copy}index.js`);
  return {
    url: server.url,
    log: server.log,
    stop: async () => {
      await server.stop();
      await rm(copy, { recursive: true, force: true });
    },
  };
}
