/**
 * Credited value of each event for one credited metric, in whole cents (half away from zero),
 * as a typed array: sums of them are exact. The common metrics get a direct loop (monomorphic,
 * no call per event); any other metric falls back to LEDGER_EVENT_CREDITS, which stays the
 * definition (a test checks they agree).
 */

import { LEDGER_EVENT_CREDITS, type LedgerEvent, type LedgerEventType } from "../core/ledger.js";
import { centsOf } from "./exact.js";

function arrOf(events: readonly LedgerEvent[], type: LedgerEventType, out: Float64Array): void {
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    out[i] = e.type === type ? centsOf(e.arr) : 0;
  }
}

export function creditsOf(metric: string, events: readonly LedgerEvent[]): Float64Array {
  const out = new Float64Array(events.length);
  switch (metric) {
    case "newArr":
      arrOf(events, "booking", out);
      break;
    case "expansionArr":
      arrOf(events, "expansion", out);
      break;
    case "renewalArr":
      arrOf(events, "renewal", out);
      break;
    default: {
      const fn = LEDGER_EVENT_CREDITS[metric];
      if (fn === undefined) throw new Error(`'${metric}' is not a credited metric`);
      // counts (newLogos) are held in hundredths too: every credit array has one unit
      for (let i = 0; i < events.length; i++) out[i] = centsOf(fn(events[i]!));
    }
  }
  return out;
}
