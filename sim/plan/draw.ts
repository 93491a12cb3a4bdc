/**
 * Draws: for the first `periods` periods of tenure on the plan (counted from the period
 * containing the first on-plan day), pay is topped up to amountPerPeriod. The top-up is taken
 * against the period's net pay (after clawbacks). A recoverable draw's top-ups form a balance
 * recovered from later pay above the guarantee (all positive pay once the draw periods end,
 * including payments after the rep left); a balance still open is never charged to the rep
 * beyond that. Draws are not prorated.
 */
import type { Draw } from "../language/canonical.js";
import { centsOf } from "./exact.js";
import type { LineBuffer } from "./lines.js";
import type { PeriodCtx } from "./period.js";

export class DrawState {
  /** Recoverable top-ups not yet recovered (cents). */
  balance = 0;
  constructor(readonly firstOrdinal: number) {}
}

/** Adds the draw or recovery line; returns its cents. */
export function applyDraw(
  draw: Draw,
  st: DrawState,
  ctx: PeriodCtx,
  lb: LineBuffer,
  netCents: number,
): number {
  const tenure = ctx.def.ordinal - st.firstOrdinal;
  const inDraw = tenure >= 0 && tenure < draw.periods && ctx.share > 0;
  const guarantee = inDraw ? centsOf(draw.amountPerPeriod) : 0;
  if (inDraw && netCents < guarantee) {
    const topUp = guarantee - netCents;
    if (draw.type === "recoverable") st.balance += topUp;
    const text = lb.explain
      ? `${draw.type === "recoverable" ? "Recoverable" : "Non-recoverable"} draw (period ${tenure + 1} of ${draw.periods}): guarantee ${lb.cents(guarantee)} − pay ${lb.cents(netCents)} = ${lb.cents(topUp)}${draw.type === "recoverable" ? `; balance to recover ${lb.cents(st.balance)}` : ""}`
      : "";
    return lb.push("plan", "draw", text, netCents / 100, null, null, "", topUp);
  }
  if (draw.type === "recoverable" && st.balance > 0 && netCents > guarantee) {
    const recovered = Math.min(st.balance, netCents - guarantee);
    st.balance -= recovered;
    const text = lb.explain
      ? `Draw recovery from pay ${lb.cents(netCents)}${guarantee > 0 ? ` above the ${lb.cents(guarantee)} guarantee` : ""}: ${lb.cents(-recovered)}; balance left ${lb.cents(st.balance)}`
      : "";
    return lb.push("plan", "drawRecovery", text, netCents / 100, null, null, "", -recovered);
  }
  return 0;
}
