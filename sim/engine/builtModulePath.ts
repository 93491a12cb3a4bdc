/**
 * Worker threads load JavaScript only. When planbench runs from its built files this resolves
 * beside the caller; when the TypeScript sources are run directly (tests), it points at the
 * same module in dist/ (built by `npm run build`, which `npm test` runs first).
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const simDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Path of a built module under sim/, given relative to sim/ (e.g. "engine/poolWorker.js"). */
export function builtModulePath(relativeToSim: string): string {
  const beside = join(simDir, relativeToSim);
  if (existsSync(beside)) return beside;
  const built = join(simDir, "..", "dist", "sim", relativeToSim);
  if (!existsSync(built)) {
    throw new Error(`${relativeToSim} is not built: run 'npm run build' first (looked in ${built})`);
  }
  return built;
}
