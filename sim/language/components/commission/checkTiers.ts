import type { IssueList, Path } from "../../issue.js";
import type { CommissionComponent } from "./canonical.js";
import type { CommissionSource } from "./schema.js";

/** Where tier j of a commission came from: its `tiers` entry, an accelerator, or the flat `rate`. */
export function tierPath(source: CommissionSource, at: Path, j: number): Path {
  if (source.tiers) return [...at, "tiers", j];
  if (source.accelerators) return j === 0 ? at : [...at, "accelerators", j - 1];
  return [...at, "rate"];
}

/**
 * A rate table must tile attainment: start at 0, each tier starting where the previous ends
 * (no gaps, no overlaps), ascending, only the last one open; rates ≥ 0.
 */
export function checkTiers(
  c: CommissionComponent,
  source: CommissionSource,
  at: Path,
  issues: IssueList,
): void {
  c.tiers.forEach((t, j) => {
    const where = tierPath(source, at, j);
    const previous = c.tiers[j - 1];
    if (j === 0 && t.from !== 0) issues.add(where, `the first tier must start at 0, got ${t.from}`);
    if (previous && previous.to !== null && t.from !== previous.to) {
      const kind = t.from < previous.to ? "overlaps" : "leaves a gap after";
      issues.add(
        where,
        `tier ${kind} the previous one: it starts at ${t.from}, the previous ends at ${previous.to}`,
      );
    }
    if (t.to !== null && t.to <= t.from) {
      issues.add(where, `tiers must ascend: upTo ${t.to} is not above the tier's start ${t.from}`);
    }
    if (t.to === null && j < c.tiers.length - 1) {
      issues.add(where, "only the last tier may be open: give this tier an upTo");
    }
    if (t.rate < 0 || !Number.isFinite(t.rate)) issues.add(where, `rate must be a number ≥ 0, got ${t.rate}`);
  });
  const last = c.tiers.at(-1);
  if (last && last.to !== null) {
    issues.add(tierPath(source, at, c.tiers.length - 1), "the last tier must be open: remove its upTo");
  }
}
