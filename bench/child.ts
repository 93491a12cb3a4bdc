/**
 * Runs a measured piece of work in a fresh Node process, so its wall time, CPU and peak RSS are
 * its own (not the bench runner's heap). `setup` runs before the clocks start; `work` is timed.
 * `nodeFlags` go on the child's node command line (e.g. --single-threaded-gc, which V8 reads
 * only there).
 */
import { spawnSync } from "node:child_process";

export interface ChildTiming {
  readonly ms: number;
  /** CPU seconds of the whole child process (every thread: workers and V8 helpers). */
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
}

export function runTimedChild(setup: string, work: string, nodeFlags: readonly string[] = []): ChildTiming {
  const script = `${setup}
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    ${work}
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    console.log(JSON.stringify({ ms, cpuSeconds: (cpu.user + cpu.system) / 1e6, maxRssKb: process.resourceUsage().maxRSS }));`;
  const child = spawnSync(
    process.execPath,
    [...nodeFlags, "--max-old-space-size=4096", "--input-type=module", "-e", script],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  const { ms, cpuSeconds, maxRssKb } = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
    ms: number;
    cpuSeconds: number;
    maxRssKb: number;
  };
  return { ms, cpuSeconds, peakRssMb: Math.round(maxRssKb / 1024) };
}
