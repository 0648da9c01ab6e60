import { residentBytes } from '../sandbox/worker-pool.js';

/**
 * Samples, every `everyMs`, the resident memory of this process and of `workerPids()` summed,
 * until `stop()`, which samples once more and returns the largest sum in bytes. Used by the
 * tests only (the sandbox's here, the dashboard's POST /api/sql by a relative import); not in the
 * package's entry points.
 *
 *     const sampler = residentPeak(() => sandbox.workerPids());
 *     await Promise.all(attacks.map((sql) => sandbox.run(sql)));
 *     sampler.stop(); // 412_000_000
 */
export function residentPeak(
  workerPids: () => readonly number[],
  everyMs = 20,
): { stop(): number } {
  let peak = 0;
  const sample = () => {
    const total =
      residentBytes(process.pid) + workerPids().reduce((sum, pid) => sum + residentBytes(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
