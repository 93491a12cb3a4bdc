/** The description of a pool line, built only when a statement is explained. */
import { formatPct } from "../../format.js";
import type { LineBuffer } from "../../lines.js";
import type { CompiledPool } from "./compiled.js";

export function poolText(
  cp: CompiledPool,
  lb: LineBuffer,
  role: string,
  credit: number,
  cents: number,
): string {
  const c = cp.c;
  return `Pool: ${lb.cents(credit)} ${c.metric} × ${formatPct(c.fundingRate)} funding × ${role} share ${formatPct(cp.share)} = ${lb.cents(cents)}`;
}
