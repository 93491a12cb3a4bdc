/**
 * Coherence of the rules inside components and modifiers: bands contiguous, curves increasing,
 * gates and caps meaningful, shares within 100%, vesting complete.
 */

import { ATTAINMENT_DECIMALS, decimalPlaces } from "../../core/limits.js";
import type { Band, Component, ComponentCap, CurvePoint, Gate, Plan } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import { percent, SUM_TOLERANCE, sum } from "../normalize/resolveQuotaSplits.js";

export function checkBands(bands: readonly Band[], at: Path, issues: IssueList): void {
  if (bands.length === 0) issues.add(at, "a modifier needs at least one band");
  bands.forEach((b, j) => {
    const where = [...at, j];
    const previous = bands[j - 1];
    if (previous && b.from !== previous.to) {
      issues.add(
        where,
        `bands must be contiguous: this band starts at ${b.from}, the previous ends at ${previous.to}`,
      );
    }
    if (b.from !== null && b.to !== null && b.to <= b.from) {
      issues.add(where, `bands must ascend: upTo ${b.to} is not above the band's start ${b.from}`);
    }
    if (b.to === null && j < bands.length - 1) {
      issues.add(where, "only the last band may be open above: give this band an upTo");
    }
    if (j > 0 && b.from === null) issues.add(where, "only the first band may be open below");
  });
}

export function checkCurve(curve: readonly CurvePoint[], at: Path, issues: IssueList): void {
  if (curve.length === 0) issues.add(at, "a curve needs at least one point [x, y]");
  curve.forEach((p, j) => {
    const previous = curve[j - 1];
    if (previous && p.x <= previous.x) {
      issues.add([...at, j], `curve x must be strictly increasing: ${p.x} follows ${previous.x}`);
    }
    if (p.y < 0) issues.add([...at, j], `curve payout y must be ≥ 0, got ${p.y}`);
  });
}

export function checkGates(gates: readonly Gate[], at: Path, issues: IssueList): void {
  gates.forEach((g, j) => {
    const where = [...at, j];
    if (g.metric.startsWith("attainment:")) {
      for (const key of ["min", "max"] as const) {
        const v = g[key];
        if (v !== null && decimalPlaces(v) > ATTAINMENT_DECIMALS)
          issues.add(
            [...where, key],
            `an attainment bound is given to 0.01% (at most 4 decimals as a fraction), got ${v}`,
          );
      }
    }
    if (g.min === null && g.max === null) issues.add(where, "a gate needs min or max", "add e.g. min: 85%");
    if (g.min !== null && g.max !== null && g.min > g.max) {
      issues.add([...where, "min"], `gate min ${g.min} is above max ${g.max}`);
    }
  });
}

export function checkCap(cap: ComponentCap, at: Path, issues: IssueList): void {
  for (const key of ["perPeriod", "perYear", "maxAttainment"] as const) {
    const value = cap[key];
    if (value !== null && value <= 0) issues.add([...at, key], `a cap must be > 0, got ${value}`);
  }
  if (cap.perPeriod !== null && cap.perYear !== null && cap.perPeriod > cap.perYear) {
    issues.add(
      [...at, "perPeriod"],
      `perPeriod cap ${cap.perPeriod} is above the perYear cap ${cap.perYear}`,
    );
  }
}

/** A fraction that is a share of something cannot exceed 100%. */
export function checkShare(value: number, at: Path, issues: IssueList, what = "share"): void {
  if (value > 1 + 1e-12) issues.add(at, `${what} must be at most 100%, got ${percent(value)}`);
}

export function checkComponentRules(c: Component, at: Path, issues: IssueList): void {
  checkGates(c.gates, [...at, "gates"], issues);
  checkCap(c.cap, [...at, "cap"], issues);
  if (c.kind === "bonus") checkCurve(c.curve, [...at, "curve"], issues);
  if (c.kind === "milestone" && c.withinDays <= 0) issues.add([...at, "within"], "within must be > 0 days");
  if (c.kind === "spiff") {
    if (c.payout.basis === "goal" && c.payout.goal <= 0)
      issues.add([...at, "goal", "amount"], "a goal must be > 0");
    // ISO dates order as strings
    if (c.window !== null && c.window.to < c.window.from)
      issues.add(
        [...at, "window", "to"],
        `the window ends (${c.window.to}) before it starts (${c.window.from})`,
      );
  }
  if (c.kind === "pool") {
    for (const [role, share] of Object.entries(c.shares)) checkShare(share, [...at, "shares", role], issues);
    const total = sum(Object.values(c.shares));
    if (total > 1 + SUM_TOLERANCE)
      issues.add([...at, "shares"], `pool shares must sum to ≤ 100%, got ${percent(total)}`);
  }
  if (c.kind !== "commission") return;
  if (c.holdback) checkShare(c.holdback.share, [...at, "holdback", "share"], issues);
  if (c.clawback) {
    checkShare(c.clawback.share, [...at, "clawback", "share"], issues);
    if (c.clawback.windowDays <= 0) issues.add([...at, "clawback", "window"], "window must be > 0 days");
    if (c.clawback.triggers.length === 0)
      issues.add([...at, "clawback", "triggers"], "give at least one trigger");
  }
  if (c.vesting) {
    const total = sum(c.vesting.schedule.map((t) => t.share));
    if (Math.abs(total - 1) > SUM_TOLERANCE) {
      issues.add([...at, "vesting", "schedule"], `vesting shares must sum to 100%, got ${percent(total)}`);
    }
  }
  c.discountAdjustments.forEach((d, j) => {
    checkShare(d.maxDiscount, [...at, "discountAdjustments", j, "maxDiscount"], issues, "maxDiscount");
  });
}

export function checkPlanLevel(plan: Plan, issues: IssueList): void {
  const payMixReported = issues.items.some((i) => i.path[0] === "payMix");
  if (!payMixReported && plan.payMix.targetVariable <= 0)
    issues.add(["payMix"], "target variable must be > 0");
  if (plan.payMix.baseSalary < 0)
    issues.add(["payMix"], `base salary must be ≥ 0, got ${plan.payMix.baseSalary}`);
  if (plan.budget && plan.budget.amount <= 0) issues.add(["budget"], "budget must be > 0");
  if (plan.draw && plan.draw.periods < 1)
    issues.add(["draw", "periods"], "a draw must cover at least 1 period");
  for (const key of ["perPeriod", "perYear"] as const) {
    const value = plan.caps[key];
    if (value !== null && value <= 0) issues.add(["caps", key], `a cap must be > 0, got ${value}`);
  }
  plan.modifiers.forEach((m, i) => {
    checkBands(m.bands, ["modifiers", i, "bands"], issues);
  });
}
