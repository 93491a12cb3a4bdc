/**
 * Runs a measured piece of work in a fresh Node process, so its wall time and peak RSS are its
 * own (not the bench runner's heap). `setup` runs before the clock starts; `work` is timed.
 */
import { spawnSync } from "node:child_process";

export interface ChildTiming {
  readonly ms: number;
  readonly peakRssMb: number;
}

export function runTimedChild(setup: string, work: string): ChildTiming {
  const script = `${setup}
    const t0 = performance.now();
    ${work}
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS }));`;
  const child = spawnSync(
    process.execPath,
    ["--max-old-space-size=4096", "--input-type=module", "-e", script],
    {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
  const { ms, maxRssKb } = JSON.parse(child.stdout.trim().split("\n").at(-1)!) as {
    ms: number;
    maxRssKb: number;
  };
  return { ms, peakRssMb: Math.round(maxRssKb / 1024) };
}
