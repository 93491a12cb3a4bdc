/**
 * Coherence of the rules inside components and modifiers: bands contiguous, curves increasing,
 * gates and caps meaningful, shares within 100%. Component kinds check their own rules with
 * these (components/<kind>/check.ts).
 */

import { ATTAINMENT_DECIMALS, decimalPlaces } from "../../core/limits.js";
import type { Band, ComponentCap, CurvePoint, Gate, Plan } from "../canonical.js";
import type { IssueList, Path } from "../issue.js";
import { percent } from "../shares.js";

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
