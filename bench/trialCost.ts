/**
 * Cost of one reference trial (DESIGN §11: ≤ 0.15 s of CPU on one thread, ≤ 20 MB allocated):
 * main-thread and process CPU per trial, and V8-heap plus typed-array bytes allocated per trial,
 * each measured in a fresh process (trialCostChild.ts) after warm-up trials. With a baseline
 * checkout (`npm run bench -- --baseline <dir>`, a built worktree of an earlier commit) the same
 * figures are measured for it in the same run, so the two sit side by side on the same machine
 * load. Read CPU, not wall time: the machine is shared.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface TrialCpu {
  readonly mainCpu: number;
  readonly processCpu: number;
}

export interface TrialAllocation {
  readonly heapBytes: number;
  readonly arrayBufferBytes: number;
}

/** This checkout (the directory holding dist/). */
export const HERE = fileURLToPath(new URL("../../", import.meta.url)).replace(/\/$/, "");

/** Runs bench/<script>.js (a built child) in a fresh Node process; returns its last JSON line. */
export function runBenchChild(
  script: string,
  args: readonly string[],
  nodeFlags: readonly string[] = [],
): unknown {
  const path = fileURLToPath(new URL(`./${script}.js`, import.meta.url));
  const child = spawnSync(process.execPath, [...nodeFlags, path, ...args], {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`bench child ${script} failed (${args[0]}): ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split("\n").at(-1)!);
}

function runChild(root: string, args: readonly string[], nodeFlags: readonly string[] = []): unknown {
  return runBenchChild("trialCostChild", [root, ...args], nodeFlags);
}

export function experimentPath(root: string, name = "reference"): string {
  return `${root}/scenarios/experiments/${name}.yaml`;
}

/** CPU seconds per trial (after `warmup` trials), options as trialCostChild's (quarters=, reps=). */
export function trialCpu(
  root: string,
  trials: number,
  options: readonly string[] = [],
  warmup = 1,
  nodeFlags: readonly string[] = [],
): TrialCpu {
  const r = runChild(
    root,
    [experimentPath(root), String(warmup), String(trials), "cpu", ...options],
    nodeFlags,
  ) as { trials: number; mainCpu: number; processCpu: number };
  return { mainCpu: r.mainCpu / r.trials, processCpu: r.processCpu / r.trials };
}

/** Bytes allocated per trial (after one warm-up trial). */
export function trialAllocation(root: string, trials: number): TrialAllocation {
  const r = runChild(root, [experimentPath(root), "1", String(trials), "alloc"]) as {
    trials: number;
    heapBytes: number;
    arrayBufferBytes: number;
  };
  return { heapBytes: r.heapBytes / r.trials, arrayBufferBytes: r.arrayBufferBytes / r.trials };
}
