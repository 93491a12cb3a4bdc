/**
 * The base world a history world is calibrated over (scenarios/worlds/baseline.yaml: what a
 * history cannot identify keeps its values), found from this module's place in the package.
 */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { WorldParams } from "../core/world.js";
import { loadWorldFile } from "../language/world/loadWorld.js";

export function baseWorld(months: number, startMonth: number): WorldParams {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const root = resolve(here, here.includes(join("dist", "sim")) ? "../../.." : "../..");
  return loadWorldFile(join(root, "scenarios", "worlds", "baseline.yaml"), months, startMonth);
}
