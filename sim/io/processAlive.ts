/**
 * Whether the process that wrote a lock or a temporary file still runs. A pid is only
 * meaningful on its own host; on Linux the process's start time (from /proc) also tells a
 * reused pid from the original holder.
 */
import { readFileSync } from "node:fs";

export function pidAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

let bootMs: number | null | undefined;

function bootTimeMs(): number | null {
  if (bootMs !== undefined) return bootMs;
  try {
    const match = /^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"));
    bootMs = match ? Number(match[1]) * 1000 : null;
  } catch {
    bootMs = null;
  }
  return bootMs;
}

/** When process `pid` started (ms since the epoch, ±10 ms), or null where /proc is not available. */
export function processStartMs(pid: number): number | null {
  const boot = bootTimeMs();
  if (boot === null) return null;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // the command name (field 2) may hold spaces and parentheses: fields restart after the last ')'
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[19]); // field 22 overall: start time in clock ticks after boot
    return Number.isFinite(ticks) ? boot + ticks * 10 : null; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/**
 * True when `pid` runs and (where the start time is known) started no later than `since`, i.e.
 * it can be the process that wrote something at time `since`.
 */
export function holderAlive(pid: number, since: number): boolean {
  if (!pidAlive(pid)) return false;
  const started = processStartMs(pid);
  return started === null || !Number.isFinite(since) || started <= since + 2000;
}
