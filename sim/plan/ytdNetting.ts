/**
 * Prior-paid netting for YTD components: a period pays its YTD earnings minus what earlier
 * periods of the year already paid, never below zero; a shortfall is carried forward (the next
 * period nets against the same prior amount) and forgiven at fiscal year end.
 */
import type { LineBuffer } from "./lines.js";

/** Returns the period's pay in cents and the new prior-paid amount via `out`. */
export function netAgainstPrior(
  component: string,
  lb: LineBuffer,
  ytdCents: number,
  priorCents: number,
): number {
  const pay = Math.max(0, ytdCents - priorCents);
  const netting = pay - ytdCents;
  if (netting !== 0) {
    const text = lb.explain
      ? ytdCents >= priorCents
        ? `YTD earnings ${lb.cents(ytdCents)} less ${lb.cents(priorCents)} paid in earlier periods = ${lb.cents(pay)}`
        : `YTD earnings ${lb.cents(ytdCents)} are below the ${lb.cents(priorCents)} already paid: nothing is paid, the ${lb.cents(priorCents - ytdCents)} shortfall is carried forward`
      : "";
    lb.push(component, "ytdNetting", text, priorCents / 100, null, null, "", netting);
  }
  return pay;
}
