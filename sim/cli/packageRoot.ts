/** The package root, whether running from sim/ (sources) or dist/sim/ (built). */
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export function packageRoot(): string {
  const here = fileURLToPath(new URL(".", import.meta.url));
  return resolve(here, here.includes(join("dist", "sim")) ? "../../.." : "../..");
}
