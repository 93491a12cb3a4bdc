/**
 * Caps: a component's pay per period and per fiscal year, then total variable pay per period
 * and per fiscal year (canonical.ts ComponentCap, TotalCaps). Each reduction is one `cap` line
 * bringing the amount exactly to the cap (cap amounts are rounded to cents first).
 */
import type { ComponentCap, TotalCaps } from "../language/canonical.js";
import { centsOf } from "./exact.js";
import type { LineBuffer } from "./lines.js";

/** Reduction (≤ 0, cents) that keeps `cents` within `limitCents`. */
function cut(cents: number, limitCents: number): number {
  return cents > limitCents ? Math.max(0, limitCents) - cents : 0;
}

/**
 * Component caps; `yearPaid` is what the component already paid this fiscal year (cents).
 * Returns the change in cents.
 */
export function applyComponentCaps(
  component: string,
  cap: ComponentCap,
  lb: LineBuffer,
  cents: number,
  yearPaid: number,
): number {
  let running = cents;
  if (cap.perPeriod !== null) {
    const limit = centsOf(cap.perPeriod);
    const d = cut(running, limit);
    if (d !== 0) {
      const text = lb.explain
        ? `Period cap ${lb.cents(limit)}: ${lb.cents(running)} reduced by ${lb.cents(-d)}`
        : "";
      running += lb.push(component, "cap", text, running / 100, null, null, "", d);
    }
  }
  if (cap.perYear !== null) {
    const limit = centsOf(cap.perYear);
    const d = cut(running, limit - yearPaid);
    if (d !== 0) {
      const text = lb.explain
        ? `Annual cap ${lb.cents(limit)} (${lb.cents(yearPaid)} paid earlier this year): ${lb.cents(running)} reduced by ${lb.cents(-d)}`
        : "";
      running += lb.push(component, "cap", text, running / 100, null, null, "", d);
    }
  }
  return running - cents;
}

/** Total caps on the sum of component pay; returns the change in cents (plan-level lines). */
export function applyTotalCaps(caps: TotalCaps, lb: LineBuffer, total: number, yearPaid: number): number {
  let running = total;
  if (caps.perPeriod !== null) {
    const limit = centsOf(caps.perPeriod);
    const d = cut(running, limit);
    if (d !== 0) {
      const text = lb.explain
        ? `Total variable period cap ${lb.cents(limit)}: ${lb.cents(running)} reduced by ${lb.cents(-d)}`
        : "";
      running += lb.push("plan", "cap", text, running / 100, null, null, "", d);
    }
  }
  if (caps.perYear !== null) {
    const limit = centsOf(caps.perYear);
    const d = cut(running, limit - yearPaid);
    if (d !== 0) {
      const text = lb.explain
        ? `Total variable annual cap ${lb.cents(limit)} (${lb.cents(yearPaid)} paid earlier this year): ${lb.cents(running)} reduced by ${lb.cents(-d)}`
        : "";
      running += lb.push("plan", "cap", text, running / 100, null, null, "", d);
    }
  }
  return running - total;
}
