/** Shared helpers of the fault-injection tests: scratch folders, child CLI runs, file damage. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const CLI = resolve("dist/sim/cli/bin.js");
export const FIXTURES = resolve(__dirname, "fixtures");
export const SLOW_MODULE = join(FIXTURES, "slowBlock.mjs");

export function scratchDir(name: string): string {
  return mkdtempSync(join(tmpdir(), `planbench-${name}-`));
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs node with `args`; `onSpawn` may kill it (returns when it exits). */
export function runNode(
  args: readonly string[],
  options: { env?: Record<string, string>; onSpawn?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<ChildRun> {
  const child = spawn(process.execPath, [...args], {
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (c: Buffer) => {
    stdout += c.toString();
  });
  child.stderr.on("data", (c: Buffer) => {
    stderr += c.toString();
  });
  options.onSpawn?.(child);
  return new Promise((done) => {
    child.on("exit", (code, signal) => {
      // let the pipes drain
      setImmediate(() => done({ code, signal, stdout, stderr }));
    });
  });
}

/** Flips one bit of the byte at `offset` (negative: from the end). */
export function flipByte(path: string, offset: number, bit = 0): void {
  const bytes = readFileSync(path);
  const at = offset < 0 ? bytes.length + offset : offset;
  bytes[at] = bytes[at]! ^ (1 << bit);
  writeFileSync(path, bytes);
}

/** A JavaScript stack frame, as printed by an uncaught error. */
export const STACK_FRAME = /^\s+at .+[(:]\d+/m;
