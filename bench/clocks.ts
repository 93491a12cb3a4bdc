/**
 * CPU clocks for benchmarks on a shared machine (wall time misleads there): the process's CPU
 * (every thread: V8's GC and compiler helpers included) and the main thread's own CPU, read from
 * /proc on Linux (Node 20 has no process.threadCpuUsage); elsewhere the main-thread figure falls
 * back to the process figure.
 */
import { readFileSync } from "node:fs";

/** CPU seconds of the whole process (user + system). */
export function processCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Clock ticks per second of /proc's utime/stime (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** CPU seconds of the main thread (10 ms resolution): utime + stime of /proc/self/task/<pid>/stat. */
export function mainThreadCpuSeconds(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, "utf8");
    // fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / USER_HZ;
  } catch {
    return processCpuSeconds();
  }
}
