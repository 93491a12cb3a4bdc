/**
 * The built library of a checkout (`<root>/dist/sim/...`), loaded by path so one bench child can
 * measure this checkout or an earlier one (`--baseline <dir>`) with the same measuring code. Only
 * entry points both sides export are used.
 */
import { pathToFileURL } from "node:url";

export async function importFrom<T>(root: string, modulePath: string): Promise<T> {
  return (await import(pathToFileURL(`${root}/dist/sim/${modulePath}`).href)) as T;
}

/** CPU seconds of `work`, on the main thread (bench/clocks.ts). */
export async function mainCpu(work: () => void): Promise<number> {
  const { mainThreadCpuSeconds } = await import("./clocks.js");
  const t0 = mainThreadCpuSeconds();
  work();
  return mainThreadCpuSeconds() - t0;
}
